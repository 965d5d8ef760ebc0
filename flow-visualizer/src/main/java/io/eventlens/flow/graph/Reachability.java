package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Downstream and upstream of a node or a message, by breadth-first search, so each path is a
 * shortest one. Downstream of a message starts at the channels that carry it and the services that
 * receive it there; from those services on, it follows everything they send (a later message may come
 * back through the same channels to their other consumers). Upstream of a message mirrors it.
 */
public final class Reachability {

    private Reachability() {}

    /** @throws IllegalArgumentException when the graph has no node with this id */
    public static Reach downstream(FlowGraph graph, String nodeId) {
        return search(nodeId, graph.jgrapht(), Set.of(known(graph, nodeId)));
    }

    /** @throws IllegalArgumentException when the graph has no node with this id */
    public static Reach upstream(FlowGraph graph, String nodeId) {
        return search(nodeId, new EdgeReversedGraph<>(graph.jgrapht()), Set.of(known(graph, nodeId)));
    }

    /** @throws IllegalArgumentException when no edge of the graph carries this message */
    public static Reach downstreamOfMessage(FlowGraph graph, String messageKey) {
        return ofMessage(graph, messageKey, EdgeKind.RECEIVES, graph.jgrapht());
    }

    /** @throws IllegalArgumentException when no edge of the graph carries this message */
    public static Reach upstreamOfMessage(FlowGraph graph, String messageKey) {
        return ofMessage(graph, messageKey, EdgeKind.SENDS, new EdgeReversedGraph<>(graph.jgrapht()));
    }

    /**
     * The channels carrying the message, then the services on their {@code side} that handle the message
     * (its consumers, or its producers), then everything that follows from those services in {@code graph}.
     */
    private static Reach ofMessage(FlowGraph flows, String messageKey, EdgeKind side, Graph<String, FlowEdge> graph) {
        Set<String> channels = channelsCarrying(flows, messageKey);
        Map<String, List<String>> paths = new LinkedHashMap<>();
        channels.forEach(c -> paths.put(c, List.of(c)));
        Map<String, List<String>> firstHops = new LinkedHashMap<>();
        for (FlowEdge edge : flows.edges()) {
            if (edge.kind() == side && edge.messages().contains(messageKey) && channels.contains(edge.channel())) {
                firstHops.putIfAbsent(edge.service(), List.of(edge.channel(), edge.service()));
            }
        }
        if (!firstHops.isEmpty()) {
            Reach after = search("", graph, firstHops.keySet());
            after.paths().forEach((node, path) -> {
                List<String> full = new ArrayList<>(firstHops.get(path.get(0)));
                full.addAll(path.subList(1, path.size()));
                paths.putIfAbsent(node, full);
            });
        }
        return new Reach("message:" + messageKey, paths);
    }

    private static String known(FlowGraph graph, String nodeId) {
        if (graph.node(nodeId).isEmpty()) {
            throw new IllegalArgumentException("no node '" + nodeId + "' in the flow graph; node ids look like "
                    + "'service:<service id>' or 'channel:<address>'");
        }
        return nodeId;
    }

    private static Set<String> channelsCarrying(FlowGraph graph, String messageKey) {
        Set<String> channels = new TreeSet<>();
        graph.edges().stream().filter(e -> e.messages().contains(messageKey)).forEach(e -> channels.add(e.channel()));
        if (channels.isEmpty()) {
            throw new IllegalArgumentException(
                    "no channel of the flow graph carries message '" + messageKey + "'; a message is named by its key");
        }
        return channels;
    }

    private static Reach search(String start, Graph<String, FlowEdge> graph, Set<String> starts) {
        BreadthFirstIterator<String, FlowEdge> bfs = new BreadthFirstIterator<>(graph, starts);
        Map<String, List<String>> paths = new LinkedHashMap<>();
        while (bfs.hasNext()) {
            String node = bfs.next();
            List<String> path = new ArrayList<>();
            for (String at = node; at != null; at = bfs.getParent(at)) {
                path.add(at);
            }
            Collections.reverse(path);
            paths.put(node, path);
        }
        return new Reach(start, paths);
    }
}
