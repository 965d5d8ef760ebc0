package io.eventlens.reference.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TelemetryTest {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final Telemetry telemetry = Telemetry.exportingTo(exporter);

    @Test
    void a_consumer_span_continues_the_producer_trace_through_kafka_headers_with_the_correlation_id() {
        Span send =
                MessagingSpans.send(telemetry.tracer("a"), Context.root(), "kafka", "orders", "ord-7", "e-1", "ord-7");
        RecordHeaders headers = new RecordHeaders();
        TraceHeaders.inject(
                telemetry.propagator(),
                TraceHeaders.withCorrelation(Context.root(), "ord-7").with(send),
                headers);
        send.end();

        Context received = TraceHeaders.extract(telemetry.propagator(), headers);
        Span process =
                MessagingSpans.process(telemetry.tracer("b"), received, "kafka", "orders", "group", "e-1", "ord-7");
        Scope scope = received.with(process).makeCurrent();
        try {
            telemetry.tracer("b").spanBuilder("charge card").startSpan().end();
        } finally {
            scope.close();
        }
        process.end();

        assertThat(headers.lastHeader("traceparent")).isNotNull();
        assertThat(new String(headers.lastHeader("baggage").value())).contains("correlation.id=ord-7");
        assertThat(exporter.getFinishedSpanItems()).hasSize(3).allSatisfy(span -> {
            assertThat(span.getTraceId()).isEqualTo(send.getSpanContext().getTraceId());
            assertThat(span.getAttributes().get(AttributeKey.stringKey("correlation.id")))
                    .isEqualTo("ord-7");
        });
        SpanData consumer = exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER)
                .findFirst()
                .orElseThrow();
        assertThat(consumer.getName()).isEqualTo("process orders");
        assertThat(consumer.getParentSpanId()).isEqualTo(send.getSpanContext().getSpanId());
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")))
                .isEqualTo("group");
    }

    @Test
    void trace_context_round_trips_through_a_text_map_such_as_a_redis_stream_entry() {
        Span span = telemetry.tracer("a").spanBuilder("x").startSpan();
        Map<String, String> fields = TraceHeaders.capture(
                telemetry.propagator(),
                TraceHeaders.withCorrelation(Context.root(), "ord-9").with(span));
        span.end();

        Context back = TraceHeaders.extract(telemetry.propagator(), fields);

        assertThat(Span.fromContext(back).getSpanContext().getSpanId())
                .isEqualTo(span.getSpanContext().getSpanId());
        assertThat(Baggage.fromContext(back).getEntryValue("correlation.id")).isEqualTo("ord-9");
    }
}
