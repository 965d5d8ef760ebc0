package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the consumers of a changed message feed in turn: every service downstream of them, each with
 * the shortest path from a hurt consumer. Governance lists it beside the consumers a breaking change
 * hurts.
 */
public final class BlastRadius {

    /**
     * A service reached through a hurt consumer.
     *
     * @param service the reached service's node id
     * @param path node ids from the hurt consumer to it, both included
     */
    public record Reached(String service, List<String> path) {
        public Reached {
            path = List.copyOf(path);
        }

        /** The hurt consumer the path starts from. */
        public String consumer() {
            return path.get(0);
        }
    }

    private BlastRadius() {}

    /**
     * @param consumers the catalog ids of the hurt consumers (not node ids); ids the graph lacks are skipped
     * @return the services downstream of them that are not themselves hurt consumers, nearest first
     */
    public static List<Reached> of(FlowGraph graph, List<String> consumers) {
        List<String> starts = consumers.stream()
                .map(CatalogGraph::serviceId)
                .filter(id -> graph.node(id).isPresent())
                .toList();
        Map<String, List<String>> best = new LinkedHashMap<>();
        for (String start : starts) {
            Reachability.downstream(graph, start).paths().forEach((node, path) -> {
                boolean service =
                        graph.node(node).map(n -> n.kind() == NodeKind.SERVICE).orElse(false);
                List<String> known = best.get(node);
                if (service && !starts.contains(node) && (known == null || path.size() < known.size())) {
                    best.put(node, path);
                }
            });
        }
        List<Reached> reached = new ArrayList<>();
        best.forEach((node, path) -> reached.add(new Reached(node, path)));
        reached.sort(Comparator.comparingInt((Reached r) -> r.path().size()).thenComparing(Reached::service));
        return reached;
    }
}
