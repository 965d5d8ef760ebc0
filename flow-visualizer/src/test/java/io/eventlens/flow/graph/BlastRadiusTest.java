package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlastRadiusTest {

    /** hub sends on hub-events; R1..R4 receive it; R4 sends r4-events, which R5 receives. */
    private final FlowGraph graph = Fixtures.graph("fan-out/triggers");

    @Test
    void a_hurt_consumer_passes_the_damage_on_to_what_it_feeds_with_the_path() {
        assertThat(BlastRadius.of(graph, List.of("R4")))
                .containsExactly(new BlastRadius.Reached(
                        "service:R5", List.of("service:R4", "channel:r4-events", "service:R5")));
    }

    @Test
    void a_consumer_that_feeds_nobody_has_no_blast_radius_and_unknown_ids_are_skipped() {
        assertThat(BlastRadius.of(graph, List.of("R1", "Not in the graph"))).isEmpty();
    }

    @Test
    void hurt_consumers_are_not_listed_again_as_reached() {
        assertThat(BlastRadius.of(graph, List.of("R4", "R5"))).isEmpty();
    }
}
