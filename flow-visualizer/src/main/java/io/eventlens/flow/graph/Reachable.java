package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * How many other services each service reaches: one pass over the condensation (a DAG of strongly
 * connected components) in reverse topological order, each component's reach a bit set, so a large
 * catalog costs a few bit-set unions per edge instead of one traversal per service.
 */
final class Reachable {

    private final Graph<String, DefaultEdge> graph;
    private final GabowStrongConnectivityInspector<String, DefaultEdge> components;

    Reachable(Graph<String, DefaultEdge> graph, GabowStrongConnectivityInspector<String, DefaultEdge> components) {
        this.graph = graph;
        this.components = components;
    }

    Map<String, Integer> counts() {
        Map<String, Integer> index = new HashMap<>();
        graph.vertexSet().forEach(v -> index.put(v, index.size()));
        Graph<Graph<String, DefaultEdge>, DefaultEdge> dag = components.getCondensation();
        List<Graph<String, DefaultEdge>> order = new ArrayList<>();
        new TopologicalOrderIterator<>(dag).forEachRemaining(order::add);
        Map<Graph<String, DefaultEdge>, BitSet> reach =
                new java.util.IdentityHashMap<>(); // a graph's hashCode walks it
        for (int i = order.size() - 1; i >= 0; i--) {
            Graph<String, DefaultEdge> component = order.get(i);
            BitSet bits = new BitSet(index.size());
            if (component.vertexSet().size() > 1) {
                component.vertexSet().forEach(v -> bits.set(index.get(v)));
            }
            for (DefaultEdge edge : dag.outgoingEdgesOf(component)) {
                Graph<String, DefaultEdge> next = dag.getEdgeTarget(edge);
                bits.or(reach.get(next));
                next.vertexSet().forEach(v -> bits.set(index.get(v)));
            }
            reach.put(component, bits);
        }
        Map<String, Integer> counts = new HashMap<>();
        reach.forEach((component, bits) -> component.vertexSet().forEach(v -> {
            boolean self = bits.get(index.get(v));
            counts.put(v, bits.cardinality() - (self ? 1 : 0));
        }));
        return counts;
    }
}
