package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The embedded span store over plain JDBC, on H2 or PostgreSQL (ADR 0017). Spans are kept in blocks of
 * up to {@value #BLOCK_SPANS}: one {@code trace_block} row each, the spans encoded and deflated
 * ({@link SpanBlock}) beside a Bloom filter over their searchable values ({@link BlockFilter}). The
 * filters are held in memory ({@link BlockIndex}): a search tests them, reads only the blocks that
 * may match ({@link BlockCursor}) and filters their spans exactly. One {@link #store} call is one
 * transaction: all its spans are stored or none. A span received twice (an exporter's retry) is
 * answered once.
 *
 * <p>Another instance on the same database is seen: each search first reads the ids of blocks written
 * since (and just before) the newest it knows, and drops the blocks retention deleted. Spans of an
 * earlier version's {@code trace_span} table are moved into blocks when the store is first used.
 */
public final class SpanStore implements TraceSource {

    /** Spans per block at most: a store call of more writes several blocks (in one transaction). */
    public static final int BLOCK_SPANS = 1024;

    private final BlockIndex index;
    private final Clock clock;

    public SpanStore(DataSource dataSource, Clock clock) {
        this.index = new BlockIndex(dataSource);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "embedded";
    }

    /** Stores these spans (with their links) in one transaction, as blocks of up to {@value #BLOCK_SPANS}. */
    public void store(List<TraceSpan> spans) {
        for (TraceSpan span : spans) {
            String invalid = invalid(span);
            if (!invalid.isEmpty()) {
                throw new SpanStoreException(
                        "cannot store " + spans.size() + " span(s) (none was stored): " + invalid, null);
            }
        }
        Map<String, TraceSpan> distinct = new LinkedHashMap<>();
        for (TraceSpan span : spans) {
            distinct.putIfAbsent(span.traceId() + span.spanId(), span);
        }
        if (distinct.isEmpty()) {
            return;
        }
        List<TraceSpan> all = List.copyOf(distinct.values());
        long now = clock.millis();
        List<SpanBlock.Encoded> encoded = new ArrayList<>();
        for (int start = 0; start < all.size(); start += BLOCK_SPANS) {
            List<TraceSpan> chunk = all.subList(start, Math.min(all.size(), start + BLOCK_SPANS));
            long[] receivedAt = new long[chunk.size()];
            Arrays.fill(receivedAt, now);
            encoded.add(SpanBlock.encode(chunk, receivedAt));
        }
        try (Connection connection = index.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<BlockIndex.BlockMeta> written = index.insert(connection, encoded);
                connection.commit();
                index.known(written);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SpanStoreException(
                    "cannot store " + spans.size() + " span(s) (none was stored): " + e.getMessage(), e);
        }
    }

    /** Why a span cannot be stored (ids that are not lower-case hex of OTLP's lengths), empty when it can. */
    static String invalid(TraceSpan span) {
        String wrong = "";
        if (!hex(span.traceId(), Ids.TRACE_ID_BYTES)) {
            wrong = "the trace id is not " + 2 * Ids.TRACE_ID_BYTES + " lower-case hex digits";
        } else if (!hex(span.spanId(), Ids.SPAN_ID_BYTES)) {
            wrong = "the span id is not " + 2 * Ids.SPAN_ID_BYTES + " lower-case hex digits";
        } else if (!span.parentSpanId().isEmpty() && !hex(span.parentSpanId(), Ids.SPAN_ID_BYTES)) {
            wrong = "the parent span id is not " + 2 * Ids.SPAN_ID_BYTES + " lower-case hex digits";
        } else if (span.links().stream()
                .anyMatch(link -> !hex(link.traceId(), Ids.TRACE_ID_BYTES) || !hex(link.spanId(), Ids.SPAN_ID_BYTES))) {
            wrong = "a link's ids are not lower-case hex of OTLP's lengths";
        }
        return wrong.isEmpty()
                ? ""
                : "span '" + Ids.abbreviate(span.spanId()) + "' of trace '" + Ids.abbreviate(span.traceId()) + "': "
                        + wrong;
    }

    private static boolean hex(String id, int bytes) {
        if (id.length() != 2 * bytes) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> findTraces(TraceQuery query, int limit) {
        if (query instanceof TraceQuery.ByCorrelation correlation) {
            byte[] wanted = SpanBlock.utf8(correlation.correlationId());
            return latestFirst(
                    BlockFilter.hash(BlockFilter.CORRELATION, correlation.correlationId()),
                    cursor -> cursor.correlationIs(wanted),
                    limit);
        }
        if (query instanceof TraceQuery.ByKey key) {
            byte[] wanted = SpanBlock.utf8(key.key());
            return latestFirst(BlockFilter.hash(BlockFilter.KEY, key.key()), cursor -> cursor.keyIs(wanted), limit);
        }
        if (query instanceof TraceQuery.ByTraceId trace) {
            List<String> found = latestFirst(
                    BlockFilter.hash(BlockFilter.TRACE_ID, trace.traceId()),
                    cursor -> cursor.traceId().equals(trace.traceId()),
                    limit);
            return found.subList(0, Math.min(found.size(), 1));
        }
        return byAttribute((TraceQuery.ByAttribute) query, limit);
    }

    /** Traces with a span the header test accepts, by their latest span's arrival, newest first. */
    private List<String> latestFirst(long filterValue, Predicate<BlockCursor> matches, int limit) {
        Map<String, Long> latest = new HashMap<>();
        for (BlockIndex.Block block : index.read(index.candidates(List.of(filterValue)))) {
            BlockCursor cursor = block.cursor();
            while (cursor.next()) {
                if (matches.test(cursor)) {
                    latest.merge(cursor.traceId(), cursor.receivedAt(), Math::max);
                }
            }
        }
        return latest.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Spans with an attribute (or resource attribute) of exactly this value, in the newest blocks that may hold it. */
    private List<String> byAttribute(TraceQuery.ByAttribute query, int limit) {
        Set<String> traces = new LinkedHashSet<>();
        List<BlockIndex.BlockMeta> candidates =
                index.candidates(List.of(BlockFilter.hash(query.name(), query.value())));
        for (int start = 0; start < candidates.size(); start += 8) {
            for (BlockIndex.Block block :
                    index.read(candidates.subList(start, Math.min(candidates.size(), start + 8)))) {
                BlockCursor cursor = block.cursor();
                while (cursor.next() && traces.size() < limit) {
                    TraceSpan span = cursor.span();
                    if (query.value().equals(span.attributes().get(query.name()))
                            || query.value().equals(span.resource().get(query.name()))) {
                        traces.add(span.traceId());
                    }
                }
            }
            if (traces.size() >= limit) {
                break;
            }
        }
        return new ArrayList<>(traces);
    }

    @Override
    public List<TraceSpan> spansOf(Collection<String> traceIds) {
        Set<String> wanted = new HashSet<>(traceIds);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, TraceSpan> spans = new HashMap<>();
        for (BlockIndex.Block block : index.read(index.candidates(wanted.stream()
                .map(id -> BlockFilter.hash(BlockFilter.TRACE_ID, id))
                .toList()))) {
            BlockCursor cursor = block.cursor();
            while (cursor.next()) {
                if (wanted.contains(cursor.traceId())) {
                    TraceSpan span = cursor.span();
                    // newest block first: the copy stored first (an exporter's retry comes later) wins
                    spans.put(span.traceId() + span.spanId(), span);
                }
            }
        }
        List<TraceSpan> sorted = new ArrayList<>(spans.values());
        sorted.sort(Comparator.comparingLong(TraceSpan::startEpochNanos));
        return sorted;
    }

    @Override
    public Set<String> tracesLinkingTo(Collection<String> traceIds) {
        Set<String> wanted = new HashSet<>(traceIds);
        Set<String> linking = new LinkedHashSet<>();
        if (wanted.isEmpty()) {
            return linking;
        }
        for (BlockIndex.Block block : index.read(index.candidates(wanted.stream()
                .map(id -> BlockFilter.hash(BlockFilter.LINKED_TRACE, id))
                .toList()))) {
            BlockCursor cursor = block.cursor();
            while (cursor.next()) {
                if (cursor.hasLinks() && cursor.linkedTraceIds().stream().anyMatch(wanted::contains)) {
                    linking.add(cursor.traceId());
                }
            }
        }
        return linking;
    }

    /** The most recent business actions with a failed span, newest first. */
    public List<FailedAction> recentFailedActions(int limit) {
        List<BlockIndex.BlockMeta> failing = index.newestFirst().stream()
                .filter(block -> block.failed() > 0)
                .sorted(Comparator.comparingLong(BlockIndex.BlockMeta::receivedMax)
                        .reversed())
                .toList();
        Map<String, Long> latest = new HashMap<>();
        for (int i = 0; i < failing.size(); i++) {
            for (BlockIndex.Block block : index.read(List.of(failing.get(i)))) {
                BlockCursor cursor = block.cursor();
                while (cursor.next()) {
                    if (cursor.failed()) {
                        String correlation = cursor.correlationId();
                        if (!correlation.isEmpty()) {
                            latest.merge(correlation, cursor.receivedAt(), Math::max);
                        }
                    }
                }
            }
            if (i + 1 < failing.size()
                    && enough(latest.values(), limit, failing.get(i + 1).receivedMax())) {
                break;
            }
        }
        return latest.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .map(entry -> new FailedAction(entry.getKey(), Instant.ofEpochMilli(entry.getValue())))
                .toList();
    }

    /**
     * Producer, consumer and client spans received since {@code since}, newest first, at most {@code
     * limit}: what an observed flow graph is built from.
     */
    public List<TraceSpan> messagingSpansSince(Instant since, int limit) {
        long from = since.toEpochMilli();
        List<BlockIndex.BlockMeta> recent = index.newestFirst().stream()
                .filter(block -> block.messaging() > 0 && block.receivedMax() >= from)
                .sorted(Comparator.comparingLong(BlockIndex.BlockMeta::receivedMax)
                        .reversed())
                .toList();
        record Received(TraceSpan span, long at) {}
        List<Received> found = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            for (BlockIndex.Block block : index.read(List.of(recent.get(i)))) {
                BlockCursor cursor = block.cursor();
                while (cursor.next()) {
                    if (SpanBlock.messaging(cursor.kind()) && cursor.receivedAt() >= from) {
                        found.add(new Received(cursor.span(), cursor.receivedAt()));
                        times.add(cursor.receivedAt());
                    }
                }
            }
            if (i + 1 < recent.size() && enough(times, limit, recent.get(i + 1).receivedMax())) {
                break;
            }
        }
        // a span received twice (an exporter's retry) counts once, as first received
        Map<String, Received> distinct = new HashMap<>();
        for (Received received : found) {
            distinct.merge(
                    received.span().traceId() + received.span().spanId(), received, (a, b) -> a.at() <= b.at() ? a : b);
        }
        return distinct.values().stream()
                .sorted(Comparator.comparingLong(Received::at).reversed())
                .limit(limit)
                .map(Received::span)
                .toList();
    }

    /** Whether {@code limit} times are already newer than anything a block received by {@code next} can add. */
    private static boolean enough(Collection<Long> times, int limit, long next) {
        if (times.size() < limit) {
            return false;
        }
        long kth = times.stream()
                .sorted(Comparator.reverseOrder())
                .skip(limit - 1L)
                .findFirst()
                .orElseThrow();
        return next < kth;
    }

    /** How many spans are stored and when the oldest arrived. */
    public StoreUsage usage() {
        return index.select(
                        "SELECT COALESCE(SUM(span_count), 0), MIN(received_min) FROM trace_block",
                        List.of(),
                        row -> new StoreUsage(
                                row.getLong(1), row.getObject(2) == null ? null : Instant.ofEpochMilli(row.getLong(2))))
                .get(0);
    }

    /**
     * Deletes whole blocks: those whose newest span is older than the maximum age, then, newest first,
     * every block from the first that would take the count over the maximum on. Returns the spans deleted.
     */
    long retain(RetentionPolicy policy) {
        long cutoff = clock.millis() - policy.maxAge().toMillis();
        record Row(long id, long receivedMax, long spans) {}
        List<Row> rows = index.select(
                "SELECT block_id, received_max, span_count FROM trace_block ORDER BY block_id DESC",
                List.of(),
                row -> new Row(row.getLong(1), row.getLong(2), row.getLong(3)));
        List<Long> doomed = new ArrayList<>();
        long kept = 0;
        long deleted = 0;
        boolean full = false;
        for (Row row : rows) {
            full = full || row.receivedMax() >= cutoff && kept + row.spans() > policy.maxSpans();
            if (full || row.receivedMax() < cutoff) {
                doomed.add(row.id());
                deleted += row.spans();
            } else {
                kept += row.spans();
            }
        }
        if (doomed.isEmpty()) {
            return 0;
        }
        index.delete(doomed);
        return deleted;
    }

    DataSource dataSource() {
        return index.dataSource();
    }

    Clock clock() {
        return clock;
    }

    /** Runs a query on the store's database (a test reads the legacy table with it). */
    <T> List<T> select(String sql, List<?> parameters, BlockIndex.RowReader<T> reader) {
        return index.select(sql, parameters, reader);
    }
}
