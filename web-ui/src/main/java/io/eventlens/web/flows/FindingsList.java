package io.eventlens.web.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.eventlens.flow.graph.Finding;
import java.util.List;
import java.util.function.Consumer;

/** The analyses' findings beside the graph; a click highlights the nodes a finding names. */
final class FindingsList {

    private FindingsList() {}

    static Component of(List<Finding> findings, Consumer<Finding> onClick) {
        Div list = new Div();
        list.setId("findings");
        list.addClassName("flow-findings");
        list.add(new H3("Analyses (" + findings.size() + (findings.size() == 1 ? " finding)" : " findings)")));
        if (findings.isEmpty()) {
            list.add(new Paragraph("No channel without consumers, no message without producers, no cycle, no"
                    + " fan-out and no schema version disagreement."));
        }
        for (Finding finding : findings.subList(0, Math.min(SHOWN, findings.size()))) {
            Span kind = new Span(finding.kind().label());
            kind.getElement().getThemeList().add("badge contrast small");
            Paragraph detail = new Paragraph(finding.detail());
            detail.getStyle()
                    .set("margin", "0.2em 0 0.6em 0")
                    .set("overflow-wrap", "anywhere")
                    .set("cursor", "pointer");
            Div item = new Div(kind, detail);
            item.addClassName("flow-finding");
            item.getElement().setAttribute("data-kind", finding.kind().label());
            item.addClickListener(click -> onClick.accept(finding));
            list.add(item);
        }
        if (findings.size() > SHOWN) {
            list.add(new Paragraph("and " + (findings.size() - SHOWN) + " more: export JSON below for all of them."));
        }
        return list;
    }

    /** A page lists this many findings; the exports carry all of them. */
    static final int SHOWN = 200;
}
