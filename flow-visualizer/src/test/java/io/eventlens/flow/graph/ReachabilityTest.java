package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    /** hub sends on hub-events; R1..R4 receive it; R4 sends r4-events, which R5 receives. */
    private final FlowGraph graph = Fixtures.graph("fan-out/triggers");

    @Test
    void downstream_of_a_service_reaches_services_through_others_with_a_shortest_path() {
        Reach reach = Reachability.downstream(graph, "service:Hub");
        assertThat(reach.nodes(graph, NodeKind.SERVICE))
                .containsExactly("service:Hub", "service:R1", "service:R2", "service:R3", "service:R4", "service:R5");
        assertThat(reach.paths().get("service:R5"))
                .containsExactly("service:Hub", "channel:hub-events", "service:R4", "channel:r4-events", "service:R5");
    }

    @Test
    void upstream_of_a_service_runs_against_the_flow() {
        Reach reach = Reachability.upstream(graph, "service:R5");
        assertThat(reach.nodes(graph, NodeKind.SERVICE)).containsExactly("service:R5", "service:R4", "service:Hub");
        assertThat(reach.paths().get("service:Hub"))
                .containsExactly("service:R5", "channel:r4-events", "service:R4", "channel:hub-events", "service:Hub");
    }

    @Test
    void downstream_of_a_message_follows_only_its_consumers_from_the_channels_that_carry_it() {
        FlowGraph shared = FlowGraph.builder()
                .node(FlowNode.of("service:P", NodeKind.SERVICE, "P"))
                .node(FlowNode.of("service:Yes", NodeKind.SERVICE, "Yes"))
                .node(FlowNode.of("service:No", NodeKind.SERVICE, "No"))
                .node(FlowNode.of("channel:c", NodeKind.CHANNEL, "c"))
                .edge("service:P", "channel:c", EdgeKind.SENDS, List.of("A", "B"), Map.of())
                .edge("channel:c", "service:Yes", EdgeKind.RECEIVES, List.of("A"), Map.of())
                .edge("channel:c", "service:No", EdgeKind.RECEIVES, List.of("B"), Map.of())
                .build();
        Reach reach = Reachability.downstreamOfMessage(shared, "A");
        assertThat(reach.start()).isEqualTo("message:A");
        assertThat(reach.nodes()).containsExactly("channel:c", "service:Yes");
        assertThat(Reachability.upstreamOfMessage(shared, "B").nodes()).containsExactly("channel:c", "service:P");
    }

    @Test
    void downstream_of_a_message_reaches_other_consumers_when_a_reaction_comes_back_through_its_channel() {
        FlowGraph saga = FlowGraph.builder()
                .node(FlowNode.of("service:P", NodeKind.SERVICE, "P"))
                .node(FlowNode.of("service:X", NodeKind.SERVICE, "X"))
                .node(FlowNode.of("service:Y", NodeKind.SERVICE, "Y"))
                .node(FlowNode.of("channel:c", NodeKind.CHANNEL, "c"))
                .edge("service:P", "channel:c", EdgeKind.SENDS, List.of("A"), Map.of())
                .edge("channel:c", "service:X", EdgeKind.RECEIVES, List.of("A"), Map.of())
                .edge("service:X", "channel:c", EdgeKind.SENDS, List.of("B"), Map.of())
                .edge("channel:c", "service:Y", EdgeKind.RECEIVES, List.of("B"), Map.of())
                .build();
        Reach reach = Reachability.downstreamOfMessage(saga, "A");
        assertThat(reach.nodes()).containsExactly("channel:c", "service:X", "service:Y");
        assertThat(reach.paths().get("service:Y")).containsExactly("channel:c", "service:X", "channel:c", "service:Y");
    }

    @Test
    void a_message_on_two_channels_starts_from_both() {
        FlowGraph twice = FlowGraph.builder()
                .node(FlowNode.of("service:P", NodeKind.SERVICE, "P"))
                .node(FlowNode.of("service:Q", NodeKind.SERVICE, "Q"))
                .node(FlowNode.of("channel:one", NodeKind.CHANNEL, "one"))
                .node(FlowNode.of("channel:two", NodeKind.CHANNEL, "two"))
                .edge("service:P", "channel:one", EdgeKind.SENDS, List.of("M"), Map.of())
                .edge("service:P", "channel:two", EdgeKind.SENDS, List.of("M"), Map.of())
                .edge("channel:two", "service:Q", EdgeKind.RECEIVES, List.of("M"), Map.of())
                .build();
        assertThat(Reachability.downstreamOfMessage(twice, "M").nodes())
                .containsExactly("channel:one", "channel:two", "service:Q");
    }

    @Test
    void an_unknown_node_or_message_is_refused_with_its_name() {
        assertThatThrownBy(() -> Reachability.downstream(graph, "service:Nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no node 'service:Nope' in the flow graph");
        assertThatThrownBy(() -> Reachability.downstreamOfMessage(graph, "Nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no channel of the flow graph carries message 'Nope'");
    }
}
