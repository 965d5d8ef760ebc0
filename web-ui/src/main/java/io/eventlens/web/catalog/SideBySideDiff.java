package io.eventlens.web.catalog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Two versions of a text side by side, changed lines marked on both sides. */
class SideBySideDiff extends Div {

    private static final long serialVersionUID = 1L;

    SideBySideDiff(String leftTitle, String leftText, String rightTitle, String rightText) {
        addClassName("side-by-side-diff");
        getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "1fr 1fr")
                .set("gap", "0 var(--lumo-space-m)")
                .set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("width", "100%");
        add(heading(leftTitle), heading(rightTitle));
        List<LineDiff.Row> rows = LineDiff.rows(leftText, rightText);
        long changed =
                rows.stream().filter(r -> r.change() != LineDiff.Change.SAME).count();
        for (LineDiff.Row row : rows) {
            add(cell(row.left(), row.change(), true), cell(row.right(), row.change(), false));
        }
        getElement().setAttribute("data-changed-lines", String.valueOf(changed));
    }

    private static Span heading(String title) {
        Span heading = new Span(title);
        heading.getStyle()
                .set("font-weight", "600")
                .set("font-family", "var(--lumo-font-family)")
                .set("padding-bottom", "var(--lumo-space-xs)");
        return heading;
    }

    private static Span cell(String line, LineDiff.Change change, boolean left) {
        Span cell = new Span(line == null ? "" : line);
        cell.getStyle()
                .set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("padding", "0 var(--lumo-space-xs)");
        String color = switch (change) {
            case SAME -> null;
            case REMOVED -> left ? "var(--lumo-error-color-10pct)" : null;
            case ADDED -> left ? null : "var(--lumo-success-color-10pct)";
            case CHANGED -> left ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)";
        };
        if (color != null) {
            cell.getStyle().set("background", color);
            cell.addClassName(left ? "diff-removed" : "diff-added");
        }
        return cell;
    }
}
