package io.eventlens.flow.observed;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.flow.graph.EdgeKind;
import io.eventlens.flow.graph.Finding;
import io.eventlens.flow.graph.FindingKind;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.flow.graph.NodeKind;
import io.eventlens.flow.trace.SpanKind;
import io.eventlens.flow.trace.SpanStatus;
import io.eventlens.flow.trace.TraceSpan;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class FlowDriftTest {

    private static TraceSpan span(String service, SpanKind kind, Map<String, String> attributes) {
        return new TraceSpan(
                "0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331",
                "",
                service,
                "op",
                kind,
                1,
                2,
                SpanStatus.UNSET,
                attributes,
                Map.of(),
                "",
                List.of(),
                List.of(),
                "");
    }

    @Test
    void producer_and_consumer_spans_become_service_channel_service_edges_under_old_and_new_names() {
        FlowGraph observed = ObservedGraph.of(List.of(
                span("orders", SpanKind.PRODUCER, Map.of("messaging.destination.name", "orders")),
                span(
                        "billing",
                        SpanKind.INTERNAL,
                        Map.of("messaging.destination.name", "orders", "messaging.operation", "process")),
                span(
                        "mailer",
                        SpanKind.CLIENT,
                        Map.of("messaging.destination.name", "orders", "messaging.operation.type", "receive")),
                span("web", SpanKind.SERVER, Map.of("http.route", "/orders"))));

        assertThat(observed.edges())
                .extracting(e -> e.from() + " " + e.kind() + " " + e.to())
                .containsExactly(
                        "channel:orders RECEIVES service:billing",
                        "channel:orders RECEIVES service:mailer",
                        "service:orders SENDS channel:orders");
    }

    @Test
    void drift_lists_the_consumer_seen_but_not_documented_and_the_documented_one_never_seen() {
        FlowGraph documented = FlowGraph.builder()
                .node(FlowNode.of("service:order-svc", NodeKind.SERVICE, "orders"))
                .node(FlowNode.of("service:shipping", NodeKind.SERVICE, "shipping"))
                .node(FlowNode.of("channel:orders", NodeKind.CHANNEL, "orders"))
                .edge("service:order-svc", "channel:orders", EdgeKind.SENDS, List.of("OrderPlaced"), Map.of())
                .edge("channel:orders", "service:shipping", EdgeKind.RECEIVES, List.of("OrderPlaced"), Map.of())
                .build();
        FlowGraph observed = ObservedGraph.of(List.of(
                span("orders", SpanKind.PRODUCER, Map.of("messaging.destination.name", "orders")),
                span("fraud-check", SpanKind.CONSUMER, Map.of("messaging.destination.name", "orders"))));

        FlowReport drift = FlowDrift.of(documented, observed);

        assertThat(drift.findings())
                .extracting(Finding::kind, Finding::detail)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(
                                FindingKind.UNDOCUMENTED_FLOW,
                                "consumer fraud-check of orders: seen in traces but not documented"),
                        Tuple.tuple(
                                FindingKind.UNOBSERVED_FLOW,
                                "consumer shipping of orders: documented but not seen in traces"));
        assertThat(drift.graph().nodes())
                .extracting(FlowNode::id)
                .containsExactly("channel:orders", "service:fraud-check", "service:order-svc", "service:shipping");
    }
}
