package io.eventlens.web.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import io.eventlens.flow.graph.BlastRadius;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Governance's view of the flow graph: what the consumers a breaking change hurts feed in turn (the
 * transitive blast radius, each service with its path), for the page and for {@code POST
 * /api/governance/check}, and a link that highlights it on the Flows page.
 */
public final class BlastRadiusPanel {

    private BlastRadiusPanel() {}

    /** The services reached through the hurt consumers, as JSON rows: service, through, path (names). */
    public static List<Map<String, Object>> json(FlowsService flows, List<String> hurtConsumers) {
        FlowGraph graph = flows.report().graph();
        return BlastRadius.of(graph, hurtConsumers).stream()
                .map(reached -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("service", reached.service().substring("service:".length()));
                    row.put("through", reached.consumer().substring("service:".length()));
                    row.put(
                            "path",
                            reached.path().stream().map(id -> name(graph, id)).toList());
                    return row;
                })
                .toList();
    }

    /** A paragraph per reached service and the Flows link; nothing when no consumer is hurt. */
    public static Component of(FlowsService flows, String messageKey, List<String> hurtConsumers) {
        Div panel = new Div();
        if (hurtConsumers.isEmpty()) {
            return panel;
        }
        panel.addClassName("blast-radius");
        FlowGraph graph = flows.report().graph();
        List<BlastRadius.Reached> reached = BlastRadius.of(graph, hurtConsumers);
        panel.add(new Paragraph(
                reached.isEmpty()
                        ? "The consumers hurt feed no other service."
                        : "Through them the change reaches " + reached.size()
                                + (reached.size() == 1 ? " more service:" : " more services:")));
        for (BlastRadius.Reached r : reached) {
            Paragraph line = new Paragraph(name(graph, r.service()) + ": "
                    + r.path().stream().map(id -> name(graph, id)).collect(Collectors.joining(" → ")));
            line.addClassName("blast-radius-service");
            line.getStyle().set("margin", "0.1em 0 0.1em 1em");
            panel.add(line);
        }
        Anchor link = new Anchor(
                RouteConfiguration.forSessionScope().getUrl(FlowsView.class) + "?"
                        + QueryParameters.simple(Map.of("highlight", "message:" + messageKey))
                                .getQueryString(),
                "Highlight what " + messageKey + " reaches on the Flows page");
        link.addClassName("blast-radius-link");
        panel.add(link);
        return panel;
    }

    private static String name(FlowGraph graph, String id) {
        return graph.node(id).map(FlowNode::name).orElse(id);
    }
}
