package io.eventlens.flow.graph;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One defect of a flow graph.
 *
 * @param kind what was found
 * @param nodes the ids of the nodes it names, the most important first
 * @param detail one sentence saying what is wrong, naming the nodes
 */
public record Finding(FindingKind kind, List<String> nodes, String detail) {

    public Finding {
        requireNonNull(kind, "kind");
        nodes = List.copyOf(nodes);
        requireNonNull(detail, "detail");
    }
}
