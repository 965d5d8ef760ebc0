package io.eventlens.web.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.NodeKind;
import java.util.List;
import java.util.stream.Collectors;

/** The services a highlight reaches, each with the path that reaches it. */
final class HighlightList {

    private HighlightList() {}

    static Component of(FlowGraph graph, FlowControls.Highlight highlight) {
        Div list = new Div();
        list.addClassName("flow-highlighted");
        List<String> services = highlight.reach().nodes(graph, NodeKind.SERVICE).stream()
                .filter(id -> !id.equals(highlight.reach().start()))
                .toList();
        list.add(new H3((highlight.upstream() ? "Upstream of " : "Downstream of ") + highlight.label() + " ("
                + services.size() + (services.size() == 1 ? " service)" : " services)")));
        for (String id : services) {
            String path = highlight.reach().paths().get(id).stream()
                    .map(step -> graph.node(step).map(FlowNode::name).orElse(step))
                    .collect(Collectors.joining(" → "));
            Paragraph item = new Paragraph(graph.node(id).map(FlowNode::name).orElse(id) + ": " + path);
            item.addClassName("flow-highlighted-service");
            item.getElement().setAttribute("data-id", id);
            item.getStyle().set("margin", "0.2em 0").set("overflow-wrap", "anywhere");
            list.add(item);
        }
        return list;
    }
}
