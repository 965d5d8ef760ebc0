package io.eventlens.web.lag;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.eventlens.lag.monitor.GroupLag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The dashboard's lag card body: the five worst groups, each a link to its chart. */
public final class LagCard {

    private LagCard() {}

    public static Component body(LagService lag) {
        List<GroupLag> worst = lag.worstFirst().stream().limit(5).toList();
        if (worst.isEmpty()) {
            Paragraph empty = new Paragraph("No consumer groups seen yet.");
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            return empty;
        }
        Div rows = new Div();
        rows.addClassName("lag-worst");
        for (GroupLag group : worst) {
            Anchor link = new Anchor(
                    "lag?group=" + URLEncoder.encode(group.group(), StandardCharsets.UTF_8),
                    group.group() + " · " + group.totalLag() + " behind");
            Div row = new Div(LagBadges.of(group.status()), link);
            row.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-s)")
                    .set("align-items", "center");
            rows.add(row);
        }
        return rows;
    }
}
