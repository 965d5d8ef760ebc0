package io.eventlens.flow.graph;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An edge of a flow graph: a service {@link EdgeKind#SENDS sends} to a channel, or a channel is
 * {@link EdgeKind#RECEIVES received} by a service.
 *
 * @param from a node id (the service for sends, the channel for receives)
 * @param to a node id
 * @param messages the keys of the messages on this edge, sorted
 * @param versions the schema version the service declares for each message key (may lack keys)
 */
public record FlowEdge(String from, String to, EdgeKind kind, List<String> messages, Map<String, String> versions) {

    public FlowEdge {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(kind, "kind");
        messages = messages.stream().distinct().sorted().toList();
        versions = Collections.unmodifiableMap(new TreeMap<>(versions));
    }

    /** The service end of the edge. */
    public String service() {
        return kind == EdgeKind.SENDS ? from : to;
    }

    /** The channel end of the edge. */
    public String channel() {
        return kind == EdgeKind.SENDS ? to : from;
    }
}
