package io.eventlens.flow.graph;

import java.util.Collection;
import java.util.stream.Collectors;

/** Node names for sentences. */
final class Names {

    private Names() {}

    static String of(FlowGraph graph, String id) {
        return graph.node(id).map(FlowNode::name).orElse(id);
    }

    static String list(FlowGraph graph, Collection<String> ids) {
        return ids.stream().map(id -> of(graph, id)).collect(Collectors.joining(", "));
    }
}
