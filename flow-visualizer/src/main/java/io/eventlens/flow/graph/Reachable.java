package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * How many other services each service reaches: one pass over the condensation (a DAG of strongly
 * connected components, numbered) in reverse topological order, each component's reach a bit set, so
 * a large catalog costs a few bit-set unions per edge instead of one traversal per service. (JGraphT's
 * own {@code getCondensation()} builds a subgraph per component, each copying from the whole graph:
 * too slow at thousands of components.)
 */
final class Reachable {

    private final Graph<String, DefaultEdge> graph;
    private final GabowStrongConnectivityInspector<String, DefaultEdge> components;

    Reachable(Graph<String, DefaultEdge> graph, GabowStrongConnectivityInspector<String, DefaultEdge> components) {
        this.graph = graph;
        this.components = components;
    }

    Map<String, Integer> counts() {
        List<Set<String>> sets = components.stronglyConnectedSets();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> componentOf = new HashMap<>();
        for (int c = 0; c < sets.size(); c++) {
            for (String v : sets.get(c)) {
                index.put(v, index.size());
                componentOf.put(v, c);
            }
        }
        Graph<Integer, DefaultEdge> dag = GraphTypeBuilder.<Integer, DefaultEdge>directed()
                .allowingSelfLoops(false)
                .allowingMultipleEdges(false)
                .edgeClass(DefaultEdge.class)
                .buildGraph();
        for (int c = 0; c < sets.size(); c++) {
            dag.addVertex(c);
        }
        for (DefaultEdge edge : graph.edgeSet()) {
            int from = componentOf.get(graph.getEdgeSource(edge));
            int to = componentOf.get(graph.getEdgeTarget(edge));
            if (from != to) {
                dag.addEdge(from, to);
            }
        }
        List<Integer> order = new ArrayList<>();
        new TopologicalOrderIterator<>(dag).forEachRemaining(order::add);
        BitSet[] reach = new BitSet[sets.size()];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            int component = order.get(i);
            BitSet bits = new BitSet(index.size());
            Set<String> members = sets.get(component);
            if (members.size() > 1 || members.stream().anyMatch(v -> graph.containsEdge(v, v))) {
                members.forEach(v -> bits.set(index.get(v)));
            }
            for (DefaultEdge edge : dag.outgoingEdgesOf(component)) {
                int next = dag.getEdgeTarget(edge);
                bits.or(reach[next]);
                sets.get(next).forEach(v -> bits.set(index.get(v)));
            }
            reach[component] = bits;
            members.forEach(v -> counts.put(v, bits.cardinality() - (bits.get(index.get(v)) ? 1 : 0)));
        }
        return counts;
    }
}
