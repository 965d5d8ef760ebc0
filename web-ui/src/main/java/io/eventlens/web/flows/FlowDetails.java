package io.eventlens.web.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.NodeKind;
import io.eventlens.web.catalog.MessageView;
import io.eventlens.web.catalog.ServiceView;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The details of a clicked node: owner, messages with their schema versions, and its catalog page. */
final class FlowDetails {

    private FlowDetails() {}

    static Component of(FlowGraph graph, FlowNode node) {
        Div details = new Div();
        details.addClassName("flow-details");
        H3 title = new H3(node.name());
        title.getStyle().set("margin-top", "0").set("overflow-wrap", "anywhere");
        details.add(title);
        details.add(line(node.kind().label() + " · " + node.id()));
        if (node.kind() == NodeKind.SERVICE) {
            details.add(line("Owner: " + (node.owner() == null ? "none declared" : node.owner())));
            if (!node.tags().isEmpty()) {
                details.add(line("Tags: " + String.join(", ", node.tags())));
            }
            details.add(line("Sends: " + edges(graph, graph.outgoing(node.id()), true)));
            details.add(line("Receives: " + edges(graph, graph.incoming(node.id()), false)));
            String id = node.id().substring("service:".length());
            details.add(link(ServiceView.class, Map.of("id", id), "Open in the catalog"));
        } else {
            details.add(line("Protocols: "
                    + (node.protocols().isEmpty() ? "none declared" : String.join(", ", node.protocols()))));
            details.add(line("Producers: " + edges(graph, graph.incoming(node.id()), false)));
            details.add(line("Consumers: " + edges(graph, graph.outgoing(node.id()), true)));
            graph.incoming(node.id()).stream()
                    .flatMap(e -> e.messages().stream())
                    .distinct()
                    .sorted()
                    .forEach(key -> details.add(link(MessageView.class, Map.of("key", key), "Message " + key)));
        }
        return details;
    }

    /** "orders (OrderPlaced 1.0.0, OrderCancelled 1.0.0); payments (...)" or "nothing". */
    private static String edges(FlowGraph graph, List<FlowEdge> edges, boolean towardsTarget) {
        if (edges.isEmpty()) {
            return "nothing";
        }
        return edges.stream()
                .map(e -> graph.node(towardsTarget ? e.to() : e.from())
                                .map(FlowNode::name)
                                .orElse("?") + " ("
                        + e.messages().stream()
                                .map(m -> e.versions().containsKey(m)
                                        ? m + " " + e.versions().get(m)
                                        : m)
                                .collect(Collectors.joining(", "))
                        + ")")
                .collect(Collectors.joining("; "));
    }

    private static Paragraph line(String text) {
        Paragraph line = new Paragraph(text);
        line.getStyle().set("margin", "0.25em 0").set("overflow-wrap", "anywhere");
        return line;
    }

    private static Anchor link(Class<? extends Component> view, Map<String, String> parameters, String text) {
        Anchor anchor = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(view) + "?"
                        + QueryParameters.simple(parameters).getQueryString(),
                text);
        anchor.getStyle().set("display", "block");
        return anchor;
    }
}
