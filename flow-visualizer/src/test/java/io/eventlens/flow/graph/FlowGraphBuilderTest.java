package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowGraphBuilderTest {

    @Test
    void an_edge_given_twice_keeps_the_union_of_its_messages() {
        FlowGraph graph = FlowGraph.builder()
                .node(FlowNode.of("service:s", NodeKind.SERVICE, "s"))
                .node(FlowNode.of("channel:c", NodeKind.CHANNEL, "c"))
                .edge("service:s", "channel:c", EdgeKind.SENDS, List.of("B"), Map.of("B", "2"))
                .edge("service:s", "channel:c", EdgeKind.SENDS, List.of("A", "B"), Map.of("A", "1"))
                .build();
        assertThat(graph.edges())
                .containsExactly(new FlowEdge(
                        "service:s", "channel:c", EdgeKind.SENDS, List.of("A", "B"), Map.of("A", "1", "B", "2")));
    }

    @Test
    void a_channel_without_messages_is_an_edge_without_messages() {
        FlowGraph graph = FlowGraph.builder()
                .node(FlowNode.of("service:s", NodeKind.SERVICE, "s"))
                .node(FlowNode.of("channel:c", NodeKind.CHANNEL, "c"))
                .edge("service:s", "channel:c", EdgeKind.SENDS, List.of(), Map.of())
                .build();
        assertThat(graph.edges().get(0).messages()).isEmpty();
        assertThat(new FlowAnalyses().analyse(graph))
                .extracting(Finding::kind)
                .containsExactly(FindingKind.UNCONSUMED_CHANNEL);
    }

    @Test
    void an_edge_to_a_missing_node_is_refused_naming_it() {
        FlowGraph.Builder builder = FlowGraph.builder()
                .node(FlowNode.of("service:s", NodeKind.SERVICE, "s"))
                .edge("service:s", "channel:gone", EdgeKind.SENDS, List.of(), Map.of());
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sends edge from 'service:s' to 'channel:gone': no node 'channel:gone'; add it with"
                        + " node(...) first");
    }

    @Test
    void a_sends_edge_must_start_at_a_service() {
        FlowGraph.Builder builder = FlowGraph.builder()
                .node(FlowNode.of("channel:a", NodeKind.CHANNEL, "a"))
                .node(FlowNode.of("channel:b", NodeKind.CHANNEL, "b"))
                .edge("channel:a", "channel:b", EdgeKind.SENDS, List.of(), Map.of());
        assertThatThrownBy(builder::build)
                .hasMessage("sends edge from 'channel:a' to 'channel:b': 'channel:a' is a channel, a service is"
                        + " required there");
    }
}
