package io.eventlens.flow.trace;

import static io.eventlens.flow.trace.OtlpRequests.randomHex;
import static io.eventlens.flow.trace.Spans.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.catalog.testing.MovableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

    @Test
    void a_value_the_filter_wrongly_says_a_block_may_hold_finds_nothing() {
        SpanStore store = store();
        List<TraceSpan> spans = new ArrayList<>();
        for (int i = 0; i < SpanStore.BLOCK_SPANS; i++) {
            spans.add(span(
                    randomHex(16),
                    randomHex(8),
                    "",
                    "orders",
                    "c-" + randomHex(6),
                    List.of(),
                    Map.of("messaging.kafka.message.key", "k-" + randomHex(6), "order.id", "o-" + i)));
        }
        store.store(spans);
        // a correlation id this block's filter answers "maybe" for, though no span carries it
        BlockFilter filter = SpanBlock.encode(spans, new long[spans.size()]).filter();
        String absent = null;
        for (int i = 0; absent == null; i++) {
            if (filter.mightContain(BlockFilter.hash(BlockFilter.CORRELATION, "absent-" + i))) {
                absent = "absent-" + i;
            }
        }

        assertThat(store.findTraces(new TraceQuery.ByCorrelation(absent), 10)).isEmpty();
        // the same texts searched as another kind of value than they are stored as
        TraceSpan first = spans.get(0);
        assertThat(store.findTraces(new TraceQuery.ByKey(first.correlationId()), 10))
                .isEmpty();
        assertThat(store.findTraces(new TraceQuery.ByCorrelation(first.messageKey()), 10))
                .isEmpty();
        assertThat(store.findTraces(new TraceQuery.ByAttribute("order.id", "o-1x"), 10))
                .isEmpty();
        assertThat(store.findTraces(new TraceQuery.ByAttribute("other", "o-1"), 10))
                .isEmpty();
        assertThat(store.findTraces(new TraceQuery.ByCorrelation(first.correlationId()), 10))
                .containsExactly(first.traceId());
        assertThat(store.findTraces(new TraceQuery.ByAttribute("order.id", "o-1"), 10))
                .containsExactly(spans.get(1).traceId());
    }

    @Test
    void retention_by_count_deletes_whole_blocks_oldest_first() {
        SpanStore store = store();
        List<TraceSpan> older = oneTrace(randomHex(16), SpanStore.BLOCK_SPANS + 476);
        store.store(older); // two blocks: 1,024 and 476 spans
        clock.advance(Duration.ofSeconds(1));
        String newest = randomHex(16);
        store.store(oneTrace(newest, 10));

        long deleted = new SpanRetention(store, new RetentionPolicy(Duration.ofDays(1), 600)).round();

        assertThat(deleted).isEqualTo(SpanStore.BLOCK_SPANS);
        assertThat(store.usage().spans()).isEqualTo(486);
        assertThat(store.spansOf(List.of(older.get(0).traceId())))
                .containsExactlyInAnyOrderElementsOf(older.subList(SpanStore.BLOCK_SPANS, older.size()));
        assertThat(store.spansOf(List.of(newest))).hasSize(10);
    }

    @Test
    void a_store_started_again_and_a_second_store_on_the_same_database_see_the_blocks_written() {
        SpanStore first = store();
        SpanStore second = store();
        assertThat(second.usage().spans()).isZero();
        assertThat(second.findTraces(new TraceQuery.ByCorrelation("c-none"), 10))
                .isEmpty();
        String correlation = "c-" + randomHex(4);
        TraceSpan producer = span(randomHex(16), "orders", correlation, List.of());
        TraceSpan batch = span(randomHex(16), "email", "", List.of(Spans.linkTo(producer, correlation)));

        first.store(List.of(producer, batch));

        for (SpanStore other : List.of(second, store())) {
            assertThat(other.findTraces(new TraceQuery.ByCorrelation(correlation), 10))
                    .containsExactly(producer.traceId());
            assertThat(other.spansOf(List.of(producer.traceId(), batch.traceId())))
                    .containsExactlyInAnyOrder(producer, batch);
            assertThat(other.tracesLinkingTo(List.of(producer.traceId()))).containsExactly(batch.traceId());
        }

        clock.advance(Duration.ofDays(2));
        new SpanRetention(first, new RetentionPolicy(Duration.ofDays(1), 100)).round();

        assertThat(second.findTraces(new TraceQuery.ByCorrelation(correlation), 10))
                .isEmpty();
        assertThat(second.spansOf(List.of(producer.traceId()))).isEmpty();
    }

    @Test
    void failed_actions_and_messaging_spans_are_found_newest_first() {
        SpanStore store = store();
        TraceSpan failedOld = failed(span(randomHex(16), "orders", "c-old", List.of()));
        store.store(List.of(failedOld));
        clock.advance(Duration.ofSeconds(5));
        TraceSpan failedNew = failed(span(randomHex(16), "orders", "c-new", List.of()));
        TraceSpan ok = span(randomHex(16), "orders", "c-ok", List.of());
        store.store(List.of(failedNew, ok));

        assertThat(store.recentFailedActions(10))
                .extracting(FailedAction::correlationId)
                .containsExactly("c-new", "c-old");
        assertThat(store.recentFailedActions(1))
                .extracting(FailedAction::correlationId)
                .containsExactly("c-new");
        assertThat(store.messagingSpansSince(clock.instant().minusSeconds(1), 10))
                .containsExactly(failedNew);
        assertThat(store.messagingSpansSince(clock.instant().minusSeconds(10), 10))
                .containsExactly(failedNew, failedOld);
    }

    private static TraceSpan failed(TraceSpan span) {
        return new TraceSpan(
                span.traceId(),
                span.spanId(),
                span.parentSpanId(),
                span.service(),
                span.name(),
                SpanKind.PRODUCER,
                span.startEpochNanos(),
                span.endEpochNanos(),
                new SpanStatus(SpanStatus.Code.ERROR, "boom"),
                span.attributes(),
                span.resource(),
                span.scope(),
                span.events(),
                span.links(),
                span.correlationId());
    }

    @Test
    void spans_an_earlier_version_stored_one_row_each_are_moved_into_blocks_and_found() throws Exception {
        TraceSpan producer = span(randomHex(16), "orders", "c-legacy", List.of());
        TraceSpan batch = span(randomHex(16), "email", "", List.of(Spans.linkTo(producer, "c-legacy")));
        long receivedAt = clock.millis() - 1_000;
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO trace_span (" + SpanRows.COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TraceSpan span : List.of(producer, batch)) {
                insert.setString(1, span.traceId());
                insert.setString(2, span.spanId());
                insert.setString(3, span.parentSpanId());
                insert.setString(4, span.service());
                insert.setString(5, span.name());
                insert.setShort(6, (short) span.kind().ordinal());
                insert.setLong(7, span.startEpochNanos());
                insert.setLong(8, span.endEpochNanos());
                insert.setShort(9, (short) span.status().code().ordinal());
                insert.setString(10, span.correlationId());
                insert.setString(11, span.messageKey());
                insert.setLong(12, receivedAt);
                insert.setString(
                        13,
                        new ObjectMapper()
                                .writeValueAsString(new SpanRows.Detail(
                                        span.status().message(),
                                        span.attributes(),
                                        span.resource(),
                                        span.scope(),
                                        span.events(),
                                        span.links())));
                insert.executeUpdate();
            }
        }
        SpanStore store = store();

        assertThat(store.findTraces(new TraceQuery.ByCorrelation("c-legacy"), 10))
                .containsExactly(producer.traceId());
        assertThat(store.spansOf(List.of(producer.traceId(), batch.traceId())))
                .containsExactlyInAnyOrder(producer, batch);
        assertThat(store.tracesLinkingTo(List.of(producer.traceId()))).containsExactly(batch.traceId());
        assertThat(store.usage()).isEqualTo(new StoreUsage(2, Instant.ofEpochMilli(receivedAt)));
        assertThat(store.select("SELECT COUNT(*) FROM trace_span", List.of(), row -> row.getLong(1)))
                .containsExactly(0L);
    }
}
