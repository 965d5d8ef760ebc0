package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FlowFilterTest {

    /** hub sends on hub-events; R1..R4 receive it; R4 sends r4-events, which R5 receives. */
    private final FlowGraph graph = Fixtures.graph("fan-out/triggers");

    @Test
    void a_service_filter_keeps_the_service_its_channels_and_the_services_on_their_other_end() {
        FlowGraph shown = new FlowFilter("service:R5", null, null, null).apply(graph);
        assertThat(shown.nodes())
                .extracting(FlowNode::id)
                .containsExactly("channel:r4-events", "service:R4", "service:R5");
        assertThat(shown.edges()).hasSize(2);
    }

    @Test
    void services_without_an_owner_match_the_no_owner_name_and_an_unknown_owner_matches_nothing() {
        assertThat(new FlowFilter(null, FlowClusters.NO_OWNER, null, null)
                        .apply(graph)
                        .nodes())
                .hasSize(graph.nodes().size());
        assertThat(new FlowFilter(null, "team-nobody", null, null).apply(graph).nodes())
                .isEmpty();
    }

    @Test
    void no_criteria_keep_the_whole_graph() {
        assertThat(FlowFilter.NONE.apply(graph)).isSameAs(graph);
        assertThat(new FlowFilter(" ", "", null, null).isEmpty()).isTrue();
    }

    @Test
    void a_protocol_filter_keeps_the_channels_bound_to_it_and_their_services() {
        FlowGraph generated = CatalogGraph.of(GeneratedCatalog.of(20, 30, 7));
        assertThat(new FlowFilter(null, null, null, "kafka").apply(generated).nodes())
                .hasSize(generated.nodes().stream()
                        .filter(n -> n.kind() == NodeKind.CHANNEL
                                || !generated.incoming(n.id()).isEmpty()
                                || !generated.outgoing(n.id()).isEmpty())
                        .toList()
                        .size());
        assertThat(new FlowFilter(null, null, null, "redis").apply(generated).nodes())
                .isEmpty();
        FlowGraph tagged = new FlowFilter(null, null, "tag-3", null).apply(generated);
        assertThat(tagged.nodes())
                .extracting(FlowNode::id)
                .contains("service:svc-3", "service:svc-10", "service:svc-17");
        assertThat(tagged.nodes())
                .filteredOn(n -> n.kind() == NodeKind.SERVICE && !n.tags().contains("tag-3"))
                .allMatch(n -> sharesAChannelWithATag3Service(generated, n.id()), "a neighbour of a tag-3 service");
    }

    private static boolean sharesAChannelWithATag3Service(FlowGraph graph, String service) {
        return Stream.concat(
                        graph.outgoing(service).stream().map(FlowEdge::to),
                        graph.incoming(service).stream().map(FlowEdge::from))
                .flatMap(channel -> Stream.concat(
                        graph.incoming(channel).stream().map(FlowEdge::from),
                        graph.outgoing(channel).stream().map(FlowEdge::to)))
                .anyMatch(other -> graph.node(other).orElseThrow().tags().contains("tag-3"));
    }
}
