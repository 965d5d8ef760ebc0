package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Messages received that no one sends, and schema versions a channel's two ends disagree on. */
final class MessageChecks {

    private MessageChecks() {}

    static List<Finding> unproduced(FlowGraph graph) {
        Set<String> sent = new HashSet<>();
        graph.edges().stream().filter(e -> e.kind() == EdgeKind.SENDS).forEach(e -> sent.addAll(e.messages()));
        Map<String, TreeSet<String>> receivedBy = new TreeMap<>();
        for (FlowEdge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.RECEIVES) {
                edge.messages().stream().filter(key -> !sent.contains(key)).forEach(key -> {
                    receivedBy.computeIfAbsent(key, k -> new TreeSet<>()).add(edge.from());
                    receivedBy.get(key).add(edge.to());
                });
            }
        }
        List<Finding> findings = new ArrayList<>();
        receivedBy.forEach((key, nodes) -> {
            List<String> consumers = nodes.stream()
                    .filter(id -> graph.node(id)
                            .map(n -> n.kind() == NodeKind.SERVICE)
                            .orElse(false))
                    .toList();
            findings.add(new Finding(
                    FindingKind.UNPRODUCED_MESSAGE,
                    List.copyOf(nodes),
                    "Message " + key + " is received by " + Names.list(graph, consumers)
                            + ", but no service sends it."));
        });
        return findings;
    }

    static List<Finding> versionMismatches(FlowGraph graph) {
        List<Finding> findings = new ArrayList<>();
        for (FlowNode channel : graph.nodes()) {
            if (channel.kind() != NodeKind.CHANNEL) {
                continue;
            }
            Map<String, Map<String, String>> sent = versionsByKey(graph.incoming(channel.id()));
            Map<String, Map<String, String>> received = versionsByKey(graph.outgoing(channel.id()));
            sent.forEach((key, producers) -> {
                Map<String, String> consumers = received.getOrDefault(key, Map.of());
                Set<String> producerVersions = new TreeSet<>(producers.values());
                boolean disagree = producerVersions.size() > 1
                        || consumers.values().stream().anyMatch(v -> !producerVersions.contains(v));
                if (disagree) {
                    findings.add(mismatch(graph, channel, key, producers, consumers));
                }
            });
        }
        return findings;
    }

    private static Finding mismatch(
            FlowGraph graph,
            FlowNode channel,
            String key,
            Map<String, String> producers,
            Map<String, String> consumers) {
        List<String> nodes = new ArrayList<>(List.of(channel.id()));
        nodes.addAll(producers.keySet());
        consumers.keySet().stream().filter(id -> !nodes.contains(id)).forEach(nodes::add);
        return new Finding(
                FindingKind.SCHEMA_VERSION_MISMATCH,
                nodes,
                "On channel " + channel.name() + ", message " + key + " is sent at " + versions(graph, producers)
                        + (consumers.isEmpty() ? "" : " and received at " + versions(graph, consumers)) + ".");
    }

    /** "1.0.0 (A, B), 2.0.0 (C)". */
    private static String versions(FlowGraph graph, Map<String, String> byService) {
        Map<String, List<String>> byVersion = new TreeMap<>();
        byService.forEach((service, version) ->
                byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(service));
        List<String> parts = new ArrayList<>();
        byVersion.forEach((version, services) -> parts.add(version + " (" + Names.list(graph, services) + ")"));
        return String.join(", ", parts);
    }

    /** message key -> service id -> version, for the edges that declare one. */
    private static Map<String, Map<String, String>> versionsByKey(List<FlowEdge> edges) {
        Map<String, Map<String, String>> byKey = new TreeMap<>();
        for (FlowEdge edge : edges) {
            edge.versions()
                    .forEach((key, version) ->
                            byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(edge.service(), version));
        }
        return byKey;
    }
}
