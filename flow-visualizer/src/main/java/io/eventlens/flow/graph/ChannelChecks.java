package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Channels with no consumer, and consumers of channels with no producer. */
final class ChannelChecks {

    private ChannelChecks() {}

    static List<Finding> unconsumed(FlowGraph graph) {
        List<Finding> findings = new ArrayList<>();
        for (FlowNode channel : channels(graph)) {
            if (!graph.outgoing(channel.id()).isEmpty()) {
                continue;
            }
            List<FlowEdge> producers = graph.incoming(channel.id());
            List<String> nodes = new ArrayList<>(List.of(channel.id()));
            producers.forEach(e -> nodes.add(e.from()));
            String detail = producers.isEmpty()
                    ? "Channel " + channel.name() + " is declared, but no service sends to it or receives from it."
                    : Names.list(graph, nodes.subList(1, nodes.size())) + " send" + (producers.size() == 1 ? "s" : "")
                            + " to channel " + channel.name() + ", but no service receives from it.";
            findings.add(new Finding(FindingKind.UNCONSUMED_CHANNEL, nodes, detail));
        }
        return findings;
    }

    static List<Finding> withoutProducer(FlowGraph graph) {
        List<Finding> findings = new ArrayList<>();
        for (FlowNode channel : channels(graph)) {
            List<FlowEdge> consumers = graph.outgoing(channel.id());
            if (consumers.isEmpty() || !graph.incoming(channel.id()).isEmpty()) {
                continue;
            }
            TreeSet<String> services = new TreeSet<>();
            consumers.forEach(e -> services.add(e.to()));
            List<String> nodes = new ArrayList<>(List.of(channel.id()));
            nodes.addAll(services);
            findings.add(new Finding(
                    FindingKind.CONSUMER_WITHOUT_PRODUCER,
                    nodes,
                    Names.list(graph, services) + " receive" + (services.size() == 1 ? "s" : "") + " from channel "
                            + channel.name() + ", but no service sends to it."));
        }
        return findings;
    }

    private static List<FlowNode> channels(FlowGraph graph) {
        return graph.nodes().stream().filter(n -> n.kind() == NodeKind.CHANNEL).toList();
    }
}
