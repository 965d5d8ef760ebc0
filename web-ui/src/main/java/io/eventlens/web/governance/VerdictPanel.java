package io.eventlens.web.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Direction;
import io.eventlens.lint.diff.MessageVerdict;
import java.util.Comparator;
import java.util.List;

/** One verdict: its outcome, the policy's summary, the consumers it hurts and every change found. */
class VerdictPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The verdict on schema versions. */
    VerdictPanel(String title, CompatibilityVerdict verdict) {
        this(title, verdict.kind(), verdict.summary(), List.of(), Verdicts.rows(verdict));
    }

    /** The verdict on a message of a candidate document: payload and headers. */
    VerdictPanel(String title, MessageVerdict message) {
        this(title, message.kind(), message.summary(), message.hurtConsumers(), Verdicts.rows(message));
    }

    private VerdictPanel(
            String title,
            CompatibilityVerdict.Kind kind,
            String summaryText,
            List<String> hurtConsumers,
            List<Verdicts.Row> rows) {
        addClassName("verdict");
        setPadding(false);
        Span badge = new Span(Verdicts.label(kind));
        badge.addClassName("verdict-label");
        badge.getElement()
                .getThemeList()
                .add(
                        switch (kind) {
                            case COMPATIBLE -> "badge success";
                            case INCOMPATIBLE -> "badge error";
                            case NOT_COMPARABLE -> "badge contrast";
                        });
        HorizontalLayout heading = new HorizontalLayout(new H3(title), badge);
        heading.setAlignItems(Alignment.CENTER);
        Paragraph summary = new Paragraph(summaryText);
        summary.addClassName("verdict-summary");
        add(heading, summary);
        if (!hurtConsumers.isEmpty()) {
            Paragraph hurt = new Paragraph("Consumers hurt: " + String.join(", ", hurtConsumers));
            hurt.addClassName("hurt-consumers");
            hurt.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
            add(hurt);
        }
        if (!rows.isEmpty()) {
            add(changes(rows));
        }
        if (rows.stream().anyMatch(r -> r.finding().direction() == Direction.FORWARD)) {
            // forward rows are the backward comparison with the versions swapped: say how to read them
            Paragraph note =
                    new Paragraph("Forward rows ask whether consumers still on the earlier version can read what"
                            + " the new one allows. They compare with the roles swapped: the "
                            + "pointer is in the earlier version,"
                            + " and in Old, New and Why, \"new\" is the earlier version and \"old\" the newest.");
            note.addClassName("forward-note");
            note.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            add(note);
        }
    }

    private static Grid<Verdicts.Row> changes(List<Verdicts.Row> rows) {
        Grid<Verdicts.Row> grid = new Grid<>();
        grid.addClassName("verdict-changes");
        grid.addColumn(r -> r.breaking() ? "breaks" : "ok")
                .setHeader("")
                .setWidth("5.5rem")
                .setFlexGrow(0)
                .setPartNameGenerator(r -> r.breaking() ? "breaking" : null);
        grid.addColumn(r -> "v" + (r.finding().earlierVersion() + 1) + " "
                        + r.finding().direction().name().toLowerCase())
                .setHeader("Against")
                .setWidth("8rem")
                .setFlexGrow(0);
        if (rows.stream().anyMatch(r -> !r.part().isEmpty())) {
            grid.addColumn(Verdicts.Row::part)
                    .setHeader("Part")
                    .setWidth("6.5rem")
                    .setFlexGrow(0);
        }
        // a pointer has no spaces to wrap at: let it break anywhere rather than be cut off
        grid.addColumn(LitRenderer.<Verdicts.Row>of("<span style=\"overflow-wrap:anywhere\">${item.pointer}</span>")
                        .withProperty("pointer", r -> r.finding().change().pointer()))
                .setHeader("Pointer")
                .setFlexGrow(2);
        // the kind as the CLI's rule id (property-added-to-open-content-model): same name, wraps at hyphens
        grid.addColumn(r -> r.finding().change().kind().ruleId())
                .setHeader("Kind")
                .setFlexGrow(2);
        grid.addColumn(r -> text(r.finding().change().oldValue()))
                .setHeader("Old")
                .setFlexGrow(1);
        grid.addColumn(r -> text(r.finding().change().newValue()))
                .setHeader("New")
                .setFlexGrow(1);
        grid.addColumn(r -> r.finding().change().explanation()).setHeader("Why").setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // breaking changes first: they are what the reader came for
        grid.setItems(
                rows.stream().sorted(Comparator.comparing(r -> !r.breaking())).toList());
        grid.setAllRowsVisible(true);
        grid.getElement().getStyle().set("font-size", "var(--lumo-font-size-s)");
        return grid;
    }

    private static String text(JsonNode value) {
        if (value == null) {
            return "—";
        }
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
