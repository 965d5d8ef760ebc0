package io.eventlens.flow.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The services of a flow graph with an edge A → B where A sends to a channel B receives from: cycles
 * are its strongly connected components, fan-out its reachability.
 */
final class ServiceGraph {

    private final FlowGraph flows;
    private final Graph<String, DefaultEdge> graph;
    /** "a\nb" -> the first channel (by id) that carries a's messages to b. */
    private final Map<String, String> via = new HashMap<>();

    private final GabowStrongConnectivityInspector<String, DefaultEdge> components;

    ServiceGraph(FlowGraph flows) {
        this.flows = flows;
        this.graph = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingSelfLoops(true)
                .allowingMultipleEdges(false)
                .edgeClass(DefaultEdge.class)
                .buildGraph();
        flows.nodes().stream().filter(n -> n.kind() == NodeKind.SERVICE).forEach(n -> graph.addVertex(n.id()));
        for (FlowNode channel : flows.nodes()) {
            if (channel.kind() != NodeKind.CHANNEL) {
                continue;
            }
            for (FlowEdge in : flows.incoming(channel.id())) {
                for (FlowEdge out : flows.outgoing(channel.id())) {
                    graph.addEdge(in.from(), out.to());
                    via.putIfAbsent(in.from() + "\n" + out.to(), channel.id());
                }
            }
        }
        this.components = new GabowStrongConnectivityInspector<>(graph);
    }

    List<Finding> cycles() {
        List<Finding> findings = new ArrayList<>();
        for (Set<String> component : components.stronglyConnectedSets()) {
            TreeSet<String> members = new TreeSet<>(component);
            String first = members.first();
            if (members.size() == 1 && !graph.containsEdge(first, first)) {
                continue;
            }
            findings.add(cycle(members, first));
        }
        findings.sort(Comparator.comparing(f -> f.nodes().get(0)));
        return findings;
    }

    /** One concrete circle through {@code first}, to show, and every service of its component. */
    private Finding cycle(TreeSet<String> members, String first) {
        List<String> circle = new ArrayList<>(List.of(first));
        if (!graph.containsEdge(first, first)) {
            Graph<String, DefaultEdge> inside = new AsSubgraph<>(graph, members);
            String next = members.stream()
                    .filter(m -> !m.equals(first) && inside.containsEdge(first, m))
                    .findFirst()
                    .orElseThrow();
            GraphPath<String, DefaultEdge> back = BFSShortestPath.findPathBetween(inside, next, first);
            circle.addAll(back.getVertexList());
        } else {
            circle.add(first);
        }
        StringBuilder path = new StringBuilder(Names.of(flows, first));
        List<String> nodes = new ArrayList<>(members);
        for (int i = 1; i < circle.size(); i++) {
            String channel = via.get(circle.get(i - 1) + "\n" + circle.get(i));
            path.append(" → ").append(Names.of(flows, channel)).append(" → ").append(Names.of(flows, circle.get(i)));
            if (!nodes.contains(channel)) {
                nodes.add(channel);
            }
        }
        String detail = members.size() == 1
                ? Names.of(flows, first) + " receives what it sends: " + path + "."
                : members.size() + " services feed each other in a circle (" + Names.list(flows, members)
                        + "), for example " + path + ".";
        return new Finding(FindingKind.SERVICE_CYCLE, nodes, detail);
    }

    List<Finding> fanOut(int threshold) {
        Map<String, Integer> reached = new Reachable(graph, components).counts();
        List<Finding> findings = new ArrayList<>();
        new TreeSet<>(reached.keySet()).forEach(service -> {
            int count = reached.get(service);
            if (count >= threshold) {
                findings.add(new Finding(
                        FindingKind.FAN_OUT,
                        List.of(service),
                        Names.of(flows, service) + " reaches " + count + " other services downstream (" + threshold
                                + " or more is reported): a change to what it sends travels far."));
            }
        });
        return findings;
    }
}
