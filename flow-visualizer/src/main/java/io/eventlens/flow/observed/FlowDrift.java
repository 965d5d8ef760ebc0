package io.eventlens.flow.observed;

import io.eventlens.flow.graph.EdgeKind;
import io.eventlens.flow.graph.Finding;
import io.eventlens.flow.graph.FindingKind;
import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.FlowReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The observed graph laid over the documented one: one graph with every node and edge of both, and
 * a finding per producer or consumer seen but not documented ({@code undocumented-flow}) and per one
 * documented but not seen in the window ({@code unobserved-flow}). Edges are compared by service,
 * channel and direction; a documented service matches an observed one by its id or its name.
 */
public final class FlowDrift {

    private FlowDrift() {}

    public static FlowReport of(FlowGraph documented, FlowGraph observed) {
        FlowGraph.Builder overlay = FlowGraph.builder();
        documented.nodes().forEach(overlay::node);
        Map<String, String> aliases = aliases(documented);
        observed.nodes().forEach(n -> overlay.node(renamed(n, aliases)));
        documented.edges().forEach(e -> overlay.edge(e.from(), e.to(), e.kind(), e.messages(), e.versions()));
        Set<List<Object>> documentedKeys =
                documented.edges().stream().map(e -> key(e, Map.of())).collect(Collectors.toSet());
        Set<List<Object>> observedKeys =
                observed.edges().stream().map(e -> key(e, aliases)).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (FlowEdge edge : observed.edges()) {
            List<Object> key = key(edge, aliases);
            overlay.edge((String) key.get(0), (String) key.get(1), edge.kind(), edge.messages(), Map.of());
            if (!documentedKeys.contains(key)) {
                findings.add(finding(FindingKind.UNDOCUMENTED_FLOW, key, "seen in traces but not documented"));
            }
        }
        for (FlowEdge edge : documented.edges()) {
            List<Object> key = key(edge, Map.of());
            if (!observedKeys.contains(key)) {
                findings.add(finding(FindingKind.UNOBSERVED_FLOW, key, "documented but not seen in traces"));
            }
        }
        return new FlowReport(overlay.build(), findings);
    }

    /** Observed service ids ({@code service:<service.name>}) of documented services known by name. */
    private static Map<String, String> aliases(FlowGraph documented) {
        return documented.nodes().stream()
                .filter(n -> n.id().startsWith("service:") && !n.id().equals("service:" + n.name()))
                .collect(Collectors.toMap(n -> "service:" + n.name(), FlowNode::id, (a, b) -> a));
    }

    private static FlowNode renamed(FlowNode node, Map<String, String> aliases) {
        String id = aliases.getOrDefault(node.id(), node.id());
        return new FlowNode(id, node.kind(), node.name(), null, List.of(), node.protocols(), null);
    }

    private static List<Object> key(FlowEdge edge, Map<String, String> aliases) {
        return List.of(
                aliases.getOrDefault(edge.from(), edge.from()),
                aliases.getOrDefault(edge.to(), edge.to()),
                edge.kind());
    }

    private static Finding finding(FindingKind kind, List<Object> key, String what) {
        String from = (String) key.get(0);
        String to = (String) key.get(1);
        String service = key.get(2) == EdgeKind.SENDS ? from : to;
        String channel = key.get(2) == EdgeKind.SENDS ? to : from;
        String role = key.get(2) == EdgeKind.SENDS ? "producer" : "consumer";
        return new Finding(
                kind,
                List.of(service, channel),
                role + " " + service.substring("service:".length()) + " of " + channel.substring("channel:".length())
                        + ": " + what);
    }
}
