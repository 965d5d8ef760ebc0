package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowClustersTest {

    @Test
    void services_fold_by_owner_and_channels_by_the_owner_of_their_producer() {
        FlowGraph generated = CatalogGraph.of(GeneratedCatalog.of(200, 500, 7));
        FlowGraph clusters = FlowClusters.byOwner(generated);
        assertThat(clusters.nodes())
                .filteredOn(n -> n.kind() == NodeKind.SERVICE)
                .hasSize(50);
        assertThat(clusters.node("cluster:service:team-3").orElseThrow().name()).isEqualTo("team-3 (4 services)");
        assertThat(clusters.nodes().size()).isLessThanOrEqualTo(100);
        assertThat(clusters.edges()).allMatch(e -> e.from().startsWith("cluster:") && e.to().startsWith("cluster:"));
    }

    @Test
    void a_cluster_id_names_its_owner() {
        assertThat(FlowClusters.ownerOf("cluster:service:team-3")).isEqualTo("team-3");
        assertThat(FlowClusters.ownerOf("cluster:channel:(no owner)")).isEqualTo(FlowClusters.NO_OWNER);
        assertThat(FlowClusters.ownerOf("service:team-3")).isNull();
    }

    @Test
    void a_channel_nobody_sends_to_folds_into_the_no_owner_cluster() {
        FlowGraph graph = Fixtures.graph("consumer-without-producer/triggers");
        assertThat(FlowClusters.byOwner(graph).nodes())
                .extracting(FlowNode::id)
                .containsExactly("cluster:channel:(no owner)", "cluster:service:(no owner)");
        assertThat(FlowClusters.byOwner(graph).edges())
                .extracting(FlowEdge::messages)
                .containsExactly(List.of("OrderPlaced"));
    }
}
