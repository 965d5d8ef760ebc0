package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * A directed graph service → channel → service: who produces to and who consumes each channel.
 * Nodes and edges are kept sorted by id, so everything exported from the same graph is the same bytes.
 * Build one from a catalog with {@link CatalogGraph#of}, or from anything else with {@link #builder()}:
 *
 * <pre>{@code
 * FlowGraph graph = FlowGraph.builder()
 *         .node(FlowNode.of("service:orders", NodeKind.SERVICE, "orders"))
 *         .node(FlowNode.of("channel:orders", NodeKind.CHANNEL, "orders"))
 *         .edge("service:orders", "channel:orders", EdgeKind.SENDS, List.of("OrderPlaced"), Map.of())
 *         .build();
 * }</pre>
 */
public final class FlowGraph {

    private final Map<String, FlowNode> nodes;
    private final List<FlowEdge> edges;
    private final Graph<String, FlowEdge> graph;

    private FlowGraph(Map<String, FlowNode> nodes, List<FlowEdge> edges) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.edges = List.copyOf(edges);
        this.graph = GraphTypeBuilder.<String, FlowEdge>directed()
                .allowingSelfLoops(false)
                .allowingMultipleEdges(false)
                .weighted(false)
                .buildGraph();
        nodes.keySet().forEach(graph::addVertex);
        edges.forEach(e -> graph.addEdge(e.from(), e.to(), e));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every node, sorted by id. */
    public List<FlowNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** Every edge, sorted by from, to. */
    public List<FlowEdge> edges() {
        return edges;
    }

    public Optional<FlowNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The edges into a node. */
    public List<FlowEdge> incoming(String id) {
        return graph.containsVertex(id) ? List.copyOf(graph.incomingEdgesOf(id)) : List.of();
    }

    /** The edges out of a node. */
    public List<FlowEdge> outgoing(String id) {
        return graph.containsVertex(id) ? List.copyOf(graph.outgoingEdgesOf(id)) : List.of();
    }

    /** The JGraphT view the analyses run on (read it, do not change it). */
    Graph<String, FlowEdge> jgrapht() {
        return graph;
    }

    /** Collects nodes and edges; an edge given twice keeps the union of its messages. */
    public static final class Builder {

        private final Map<String, FlowNode> nodes = new HashMap<>();
        private final Map<List<Object>, FlowEdge> edges = new LinkedHashMap<>();

        private Builder() {}

        /** Adds a node; a second node with the same id is ignored (the first one declared wins). */
        public Builder node(FlowNode node) {
            nodes.putIfAbsent(node.id(), node);
            return this;
        }

        /** Adds an edge, or adds messages and versions to the edge already there. */
        public Builder edge(
                String from, String to, EdgeKind kind, List<String> messages, Map<String, String> versions) {
            List<Object> key = List.of(from, to, kind);
            FlowEdge old = edges.get(key);
            List<String> allMessages = new ArrayList<>(messages);
            Map<String, String> allVersions = new TreeMap<>(versions);
            if (old != null) {
                allMessages.addAll(old.messages());
                old.versions().forEach(allVersions::putIfAbsent);
            }
            edges.put(key, new FlowEdge(from, to, kind, allMessages, allVersions));
            return this;
        }

        /**
         * @throws IllegalArgumentException when an edge names a node that was not added, or joins
         *     the wrong kinds of node (sends: service to channel; receives: channel to service)
         */
        public FlowGraph build() {
            for (FlowEdge edge : edges.values()) {
                NodeKind fromKind = edge.kind() == EdgeKind.SENDS ? NodeKind.SERVICE : NodeKind.CHANNEL;
                NodeKind toKind = edge.kind() == EdgeKind.SENDS ? NodeKind.CHANNEL : NodeKind.SERVICE;
                check(edge, edge.from(), fromKind);
                check(edge, edge.to(), toKind);
            }
            Map<String, FlowNode> sorted = new TreeMap<>(nodes);
            List<FlowEdge> sortedEdges = edges.values().stream()
                    .sorted(Comparator.comparing(FlowEdge::from).thenComparing(FlowEdge::to))
                    .toList();
            return new FlowGraph(new LinkedHashMap<>(sorted), sortedEdges);
        }

        private void check(FlowEdge edge, String id, NodeKind expected) {
            FlowNode node = nodes.get(id);
            String where = edge.kind().label() + " edge from '" + edge.from() + "' to '" + edge.to() + "'";
            if (node == null) {
                throw new IllegalArgumentException(where + ": no node '" + id + "'; add it with node(...) first");
            }
            if (node.kind() != expected) {
                throw new IllegalArgumentException(where + ": '" + id + "' is a "
                        + node.kind().label() + ", a " + expected.label() + " is required there");
            }
        }
    }
}
