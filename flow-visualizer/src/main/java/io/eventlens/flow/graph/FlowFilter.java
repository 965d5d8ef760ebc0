package io.eventlens.flow.graph;

import java.util.HashSet;
import java.util.Set;

/**
 * Narrows a flow graph to what matters to a service, an owner, a tag or a protocol: the matching
 * nodes, the channels they use, and the services on the other end of those channels. Blank criteria
 * match everything; several criteria must all match.
 *
 * @param service a service node id, or null
 * @param owner an owner name ({@link FlowClusters#NO_OWNER} for services that declare none), or null
 * @param tag a service tag, or null
 * @param protocol a channel protocol (kafka, redis, ...), or null
 */
public record FlowFilter(String service, String owner, String tag, String protocol) {

    public static final FlowFilter NONE = new FlowFilter(null, null, null, null);

    public boolean isEmpty() {
        return blank(service) && blank(owner) && blank(tag) && blank(protocol);
    }

    /** The part of the graph that matches, with its neighbours. */
    public FlowGraph apply(FlowGraph graph) {
        if (isEmpty()) {
            return graph;
        }
        Set<String> keep = new HashSet<>();
        for (FlowNode node : graph.nodes()) {
            if (node.kind() == NodeKind.SERVICE && matches(node)) {
                keep.add(node.id());
                graph.outgoing(node.id()).forEach(e -> keepChannel(graph, e.to(), keep));
                graph.incoming(node.id()).forEach(e -> keepChannel(graph, e.from(), keep));
            }
            if (node.kind() == NodeKind.CHANNEL
                    && blank(service)
                    && blank(owner)
                    && blank(tag)
                    && node.protocols().contains(protocol)) {
                keepChannel(graph, node.id(), keep);
            }
        }
        FlowGraph.Builder builder = FlowGraph.builder();
        graph.nodes().stream().filter(n -> keep.contains(n.id())).forEach(builder::node);
        graph.edges().stream()
                .filter(e -> keep.contains(e.from()) && keep.contains(e.to()))
                .forEach(e -> builder.edge(e.from(), e.to(), e.kind(), e.messages(), e.versions()));
        return builder.build();
    }

    private boolean matches(FlowNode service) {
        return (blank(this.service) || service.id().equals(this.service))
                && (blank(owner) || owner.equals(service.owner() == null ? FlowClusters.NO_OWNER : service.owner()))
                && (blank(tag) || service.tags().contains(tag))
                && (blank(protocol) || service.protocols().contains(protocol));
    }

    private static void keepChannel(FlowGraph graph, String channel, Set<String> keep) {
        keep.add(channel);
        graph.incoming(channel).forEach(e -> keep.add(e.from()));
        graph.outgoing(channel).forEach(e -> keep.add(e.to()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
