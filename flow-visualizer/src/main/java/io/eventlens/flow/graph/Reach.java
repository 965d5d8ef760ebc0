package io.eventlens.flow.graph;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What lies downstream (or upstream) of a start: every node reached, each with one shortest path
 * from the start to it (start first, the node last; upstream paths run against the flow).
 *
 * @param start what was asked for: a node id, or {@code message:<key>}
 * @param paths node id -> path, in the order the nodes were reached (the start's own nodes first)
 */
public record Reach(String start, Map<String, List<String>> paths) {

    public Reach {
        requireNonNull(start, "start");
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    /** Every node reached, the start's nodes included. */
    public List<String> nodes() {
        return List.copyOf(paths.keySet());
    }

    /** The reached nodes of this kind. */
    public List<String> nodes(FlowGraph graph, NodeKind kind) {
        return paths.keySet().stream()
                .filter(id -> graph.node(id).map(n -> n.kind() == kind).orElse(false))
                .toList();
    }
}
