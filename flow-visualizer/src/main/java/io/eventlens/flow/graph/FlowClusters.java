package io.eventlens.flow.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A large flow graph folded by owner, so a page can draw it: one service node per owner (its
 * services), one channel node per owner (the channels its services send to), and an edge wherever one
 * of the folded edges runs. Node ids are {@code cluster:service:<owner>} and {@code cluster:channel:<owner>};
 * services without an owner fold into the owner {@value #NO_OWNER}.
 */
public final class FlowClusters {

    /** The owner name of services that declare none. */
    public static final String NO_OWNER = "(no owner)";

    private FlowClusters() {}

    /** The owner a cluster node id stands for, or null when the id is not a cluster's. */
    public static String ownerOf(String clusterId) {
        for (String prefix : List.of("cluster:service:", "cluster:channel:")) {
            if (clusterId.startsWith(prefix)) {
                return clusterId.substring(prefix.length());
            }
        }
        return null;
    }

    public static FlowGraph byOwner(FlowGraph graph) {
        Map<String, String> ownerOf = new TreeMap<>();
        Map<String, Integer> services = new TreeMap<>();
        Map<String, TreeSet<String>> channels = new TreeMap<>();
        for (FlowNode node : graph.nodes()) {
            if (node.kind() == NodeKind.SERVICE) {
                String owner = node.owner() == null ? NO_OWNER : node.owner();
                ownerOf.put(node.id(), owner);
                services.merge(owner, 1, Integer::sum);
            }
        }
        for (FlowNode node : graph.nodes()) {
            if (node.kind() == NodeKind.CHANNEL) {
                List<FlowEdge> producers = graph.incoming(node.id());
                String owner = producers.isEmpty()
                        ? NO_OWNER
                        : ownerOf.get(producers.get(0).from());
                ownerOf.put(node.id(), owner);
                channels.computeIfAbsent(owner, o -> new TreeSet<>()).add(node.id());
            }
        }
        FlowGraph.Builder builder = FlowGraph.builder();
        services.forEach((owner, count) -> builder.node(FlowNode.of(
                "cluster:service:" + owner, NodeKind.SERVICE, owner + " (" + count + plural(count, " service") + ")")));
        channels.forEach((owner, ids) -> builder.node(FlowNode.of(
                "cluster:channel:" + owner,
                NodeKind.CHANNEL,
                "channels of " + owner + " (" + ids.size() + plural(ids.size(), " channel") + ")")));
        for (FlowEdge edge : graph.edges()) {
            String from = (edge.kind() == EdgeKind.SENDS ? "cluster:service:" : "cluster:channel:")
                    + ownerOf.get(edge.from());
            String to =
                    (edge.kind() == EdgeKind.SENDS ? "cluster:channel:" : "cluster:service:") + ownerOf.get(edge.to());
            builder.edge(from, to, edge.kind(), edge.messages(), Map.of());
        }
        return builder.build();
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }
}
