package io.eventlens.flow.graph;

import java.util.Collection;
import java.util.stream.Collectors;

/** Node names for sentences. */
final class Names {

    private Names() {}

    static String of(FlowGraph graph, String id) {
        return graph.node(id).map(FlowNode::name).orElse(id);
    }

    /** Names joined with commas; past {@value #LISTED} of them, "and N more" (a cycle may hold thousands). */
    static String list(FlowGraph graph, Collection<String> ids) {
        String listed = ids.stream().limit(LISTED).map(id -> of(graph, id)).collect(Collectors.joining(", "));
        return ids.size() <= LISTED ? listed : listed + " and " + (ids.size() - LISTED) + " more";
    }

    static final int LISTED = 10;
}
