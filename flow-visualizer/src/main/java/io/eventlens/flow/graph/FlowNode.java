package io.eventlens.flow.graph;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A node of a flow graph.
 *
 * @param id unique in its graph: {@code service:<service id>} or {@code channel:<address>} for catalog graphs
 * @param kind service or channel
 * @param name what a person reads
 * @param owner who answers for a service (null when unknown, and for channels)
 * @param tags the service's tags (empty for channels)
 * @param protocols the channel's bindings (kafka, redis, ...), or the protocols of the channels a service uses
 * @param document the document that declares it first (null when it comes from elsewhere, e.g. traces)
 */
public record FlowNode(
        String id,
        NodeKind kind,
        String name,
        String owner,
        List<String> tags,
        List<String> protocols,
        String document) {

    public FlowNode {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        tags = List.copyOf(tags);
        protocols = List.copyOf(protocols);
    }

    /** A node with nothing known but its id, kind and name. */
    public static FlowNode of(String id, NodeKind kind, String name) {
        return new FlowNode(id, kind, name, null, List.of(), List.of(), null);
    }
}
