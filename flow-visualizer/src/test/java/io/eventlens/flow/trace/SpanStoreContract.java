package io.eventlens.flow.trace;

import static io.eventlens.flow.trace.OtlpRequests.randomHex;
import static io.eventlens.flow.trace.Spans.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.catalog.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What every database under the span store must do; one subclass per database. */
abstract class SpanStoreContract {

    abstract DataSource dataSource();

    private final MovableClock clock = MovableClock.at(Instant.parse("2026-12-06T12:00:00Z"));

    private SpanStore store() {
        return new SpanStore(dataSource(), clock);
    }

    @Test
    void a_stored_span_reads_back_whole() {
        SpanStore store = store();
        TraceSpan producer = span(randomHex(16), "orders", "c-" + randomHex(4), List.of());
        TraceSpan consumer = span(
                randomHex(16),
                randomHex(8),
                randomHex(8),
                "billing",
                producer.correlationId(),
                List.of(Spans.linkTo(producer, producer.correlationId())),
                Map.of("messaging.kafka.message.key", "k-1", "messaging.destination.name", "orders"));

        store.store(List.of(producer, consumer));

        assertThat(store.spansOf(List.of(consumer.traceId()))).containsExactly(consumer);
    }

    @Test
    void a_span_received_twice_is_stored_once() {
        SpanStore store = store();
        TraceSpan span = span(randomHex(16), "orders", "", List.of());

        store.store(List.of(span));
        store.store(List.of(span));

        assertThat(store.spansOf(List.of(span.traceId()))).hasSize(1);
    }

    @Test
    void a_batch_of_several_statements_is_stored_whole_and_a_span_repeated_inside_it_once() {
        SpanStore store = store();
        String trace = randomHex(16);
        List<TraceSpan> spans = oneTrace(trace, 250);
        spans.add(spans.get(120));

        store.store(spans);

        assertThat(store.spansOf(List.of(trace)))
                .hasSize(250)
                .containsExactlyInAnyOrderElementsOf(spans.subList(0, 250));
    }

    @Test
    void a_batch_that_cannot_be_stored_stores_none_of_its_spans() {
        SpanStore store = store();
        String trace = randomHex(16);
        List<TraceSpan> spans = oneTrace(trace, 250);
        // the 151st span's trace id is longer than its column allows: the database refuses that row
        spans.set(150, span(randomHex(20), "orders", "c-150", List.of()));

        assertThatThrownBy(() -> store.store(spans))
                .isInstanceOf(SpanStoreException.class)
                .hasMessageContaining("cannot store 250 span(s) (none was stored)");
        assertThat(store.spansOf(List.of(trace))).isEmpty();
        assertThat(store.usage().spans()).isZero();
    }

    /** {@code count} spans of one trace: more rows than one multi-row statement takes. */
    private static List<TraceSpan> oneTrace(String trace, int count) {
        List<TraceSpan> spans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            spans.add(span(trace, "orders", "c-" + i, List.of()));
        }
        return spans;
    }

    @Test
    void traces_are_found_by_correlation_id_key_attribute_and_id() {
        SpanStore store = store();
        String correlation = "c-" + randomHex(4);
        String key = "k-" + randomHex(4);
        TraceSpan span = span(
                randomHex(16),
                randomHex(8),
                "",
                "orders",
                correlation,
                List.of(),
                Map.of("messaging.kafka.message.key", key, "order.id", "o_1%", "quote", "say \"hi\""));
        store.store(List.of(span, Spans.span(randomHex(16), "other", "other", List.of())));

        assertThat(store.findTraces(new TraceQuery.ByCorrelation(correlation), 10))
                .containsExactly(span.traceId());
        assertThat(store.findTraces(new TraceQuery.ByKey(key), 10)).containsExactly(span.traceId());
        assertThat(store.findTraces(new TraceQuery.ByAttribute("order.id", "o_1%"), 10))
                .containsExactly(span.traceId());
        assertThat(store.findTraces(new TraceQuery.ByAttribute("quote", "say \"hi\""), 10))
                .containsExactly(span.traceId());
        assertThat(store.findTraces(new TraceQuery.ByAttribute("order.id", "o_1"), 10))
                .isEmpty();
        assertThat(store.findTraces(new TraceQuery.ByTraceId(span.traceId()), 10))
                .containsExactly(span.traceId());
    }

    @Test
    void the_traces_that_link_to_a_trace_are_found_backwards() {
        SpanStore store = store();
        TraceSpan producer = span(randomHex(16), "orders", "", List.of());
        TraceSpan batch = span(randomHex(16), "email", "", List.of(Spans.linkTo(producer, "")));
        store.store(List.of(producer, batch));

        assertThat(store.tracesLinkingTo(List.of(producer.traceId()))).containsExactly(batch.traceId());
    }

    @Test
    void retention_deletes_spans_older_than_the_maximum_age_then_the_oldest_over_the_count() {
        SpanStore store = store();
        TraceSpan old = span(randomHex(16), "orders", "", List.of());
        store.store(List.of(old));
        clock.advance(Duration.ofHours(2));
        TraceSpan first = span(randomHex(16), "orders", "", List.of());
        store.store(List.of(first));
        clock.advance(Duration.ofSeconds(1));
        TraceSpan second = span(randomHex(16), "orders", "", List.of());
        TraceSpan third = span(randomHex(16), "orders", "", List.of());
        store.store(List.of(second, third));

        SpanRetention retention = new SpanRetention(store, new RetentionPolicy(Duration.ofHours(1), 2));
        long deleted = retention.round();

        assertThat(deleted).isEqualTo(2);
        assertThat(store.spansOf(List.of(old.traceId(), first.traceId(), second.traceId(), third.traceId())))
                .extracting(TraceSpan::traceId)
                .containsExactlyInAnyOrder(second.traceId(), third.traceId());
        assertThat(store.usage().spans()).isEqualTo(2);
        assertThat(retention.deletedLastRound()).isEqualTo(2);
    }
}
