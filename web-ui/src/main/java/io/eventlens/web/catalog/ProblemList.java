package io.eventlens.web.catalog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadProblem;
import java.util.List;

/** Documents and their problems, each as {@code file:line:column: message}. */
final class ProblemList {

    private ProblemList() {}

    static Div of(List<DocumentLoad> loads) {
        Div list = new Div();
        list.addClassName("problem-list");
        for (DocumentLoad load : loads) {
            Span file = new Span(load.file());
            file.getStyle().set("font-weight", "600");
            UnorderedList problems = new UnorderedList();
            for (LoadProblem problem : load.problems()) {
                ListItem item = new ListItem(problem.toString());
                item.getStyle()
                        .set("font-family", "var(--lumo-font-family-monospace, monospace)")
                        .set("font-size", "var(--lumo-font-size-s)")
                        .set("overflow-wrap", "anywhere")
                        .set(
                                "color",
                                problem.isError()
                                        ? "var(--lumo-error-text-color)"
                                        : "var(--lumo-secondary-text-color)");
                problems.add(item);
            }
            list.add(file, problems);
        }
        return list;
    }
}
