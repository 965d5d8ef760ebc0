package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogGraphTest {

    private static final List<FlowEdge> ORDERS_TO_BILLING = List.of(
            new FlowEdge(
                    "channel:orders",
                    "service:Billing",
                    EdgeKind.RECEIVES,
                    List.of("OrderPlaced"),
                    Map.of("OrderPlaced", "1.0.0")),
            new FlowEdge(
                    "service:Orders",
                    "channel:orders",
                    EdgeKind.SENDS,
                    List.of("OrderPlaced"),
                    Map.of("OrderPlaced", "1.0.0")));

    /** 2.x subscribe (the service sends) and publish (it receives) mean 3.0's send and receive. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"versions/v3", "versions/v2", "versions/mixed-producer-v2", "versions/mixed-producer-v3"})
    void asyncapi_2_and_3_documents_of_one_flow_give_the_same_edges(String fixture) {
        FlowGraph graph = Fixtures.graph(fixture);
        assertThat(graph.edges()).isEqualTo(ORDERS_TO_BILLING);
        assertThat(graph.nodes())
                .extracting(FlowNode::id)
                .containsExactly("channel:orders", "service:Billing", "service:Orders");
    }

    @Test
    void a_channel_named_by_two_documents_is_one_node() {
        FlowGraph graph = Fixtures.graph("clean");
        assertThat(graph.nodes()).filteredOn(n -> n.kind() == NodeKind.CHANNEL).hasSize(1);
        assertThat(graph.incoming("channel:orders")).extracting(FlowEdge::from).containsExactly("service:Orders");
        assertThat(graph.outgoing("channel:orders")).extracting(FlowEdge::to).containsExactly("service:Billing");
    }

    @Test
    void the_same_catalog_builds_an_equal_graph_every_time() {
        assertThat(Fixtures.graph("fan-out/triggers").edges())
                .isEqualTo(Fixtures.graph("fan-out/triggers").edges());
        assertThat(Fixtures.graph("fan-out/triggers").nodes())
                .isEqualTo(Fixtures.graph("fan-out/triggers").nodes());
    }
}
