package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The embedded span store over plain JDBC, on H2 or PostgreSQL (ADR 0017). Spans are kept in blocks of
 * up to {@value #BLOCK_SPANS}: one {@code trace_block} row each, the spans encoded and deflated
 * ({@link SpanBlock}) beside a Bloom filter over their searchable values ({@link BlockFilter}). The
 * filters are held in memory: a search tests them, reads only the blocks that may match and filters
 * their spans exactly. One {@link #store} call is one transaction: all its spans are stored or none. A
 * span received twice (an exporter's retry) is answered once.
 *
 * <p>Another instance on the same database is seen: each search first reads the ids of blocks written
 * since (and just before) the newest it knows, and drops the blocks retention deleted. Spans of an
 * earlier version's {@code trace_span} table are moved into blocks when the store is first used.
 */
public final class SpanStore implements TraceSource {

    /** Spans per block at most: a store call of more writes several blocks (in one transaction). */
    public static final int BLOCK_SPANS = 1024;

    /** Blocks written by another instance may commit out of id order: ids this far below the newest are read again. */
    private static final int REFRESH_WINDOW = 64;

    private static final int IN_CHUNK = 200;
    private static final long CACHE_BYTES = 32L * 1024 * 1024;

    private final DataSource dataSource;
    private final Clock clock;
    private final ConcurrentSkipListMap<Long, BlockMeta> blocks = new ConcurrentSkipListMap<>();
    private final BlockCache cache = new BlockCache(CACHE_BYTES);
    private final Object refreshLock = new Object();
    private boolean loaded;

    public SpanStore(DataSource dataSource, Clock clock) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "embedded";
    }

    /** What the store holds in memory of one block. */
    record BlockMeta(
            long id, long receivedMin, long receivedMax, int spans, int failed, int messaging, BlockFilter filter) {}

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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<BlockMeta> written = insert(connection, encoded);
                connection.commit();
                written.forEach(meta -> blocks.put(meta.id(), meta));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SpanStoreException(
                    "cannot store " + spans.size() + " span(s) (none was stored): " + e.getMessage(), e);
        }
    }

    /** Inserts blocks on a connection whose transaction the caller ends. */
    List<BlockMeta> insert(Connection connection, List<SpanBlock.Encoded> encoded) throws SQLException {
        List<BlockMeta> written = new ArrayList<>();
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('trace_block_ids')");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO trace_block (block_id,"
                        + " received_min, received_max, span_count, failed_spans, messaging_spans, raw_bytes,"
                        + " filter, spans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SpanBlock.Encoded block : encoded) {
                long id;
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
                insert.setLong(1, id);
                insert.setLong(2, block.receivedMin());
                insert.setLong(3, block.receivedMax());
                insert.setInt(4, block.spanCount());
                insert.setInt(5, block.failedSpans());
                insert.setInt(6, block.messagingSpans());
                insert.setInt(7, block.rawBytes());
                insert.setBytes(8, block.filter().toBytes());
                insert.setBytes(9, block.deflated());
                insert.executeUpdate();
                written.add(new BlockMeta(
                        id,
                        block.receivedMin(),
                        block.receivedMax(),
                        block.spanCount(),
                        block.failedSpans(),
                        block.messagingSpans(),
                        block.filter()));
            }
        }
        return written;
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
    private List<String> latestFirst(long filterValue, Predicate<SpanBlock.Cursor> matches, int limit) {
        Map<String, Long> latest = new HashMap<>();
        for (Block block : read(candidates(List.of(filterValue)))) {
            SpanBlock.Cursor cursor = block.cursor();
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
        for (List<BlockMeta> chunk : chunks(candidates(List.of(BlockFilter.hash(query.name(), query.value()))))) {
            for (Block block : read(chunk)) {
                SpanBlock.Cursor cursor = block.cursor();
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
        for (Block block : read(candidates(wanted.stream()
                .map(id -> BlockFilter.hash(BlockFilter.TRACE_ID, id))
                .toList()))) {
            SpanBlock.Cursor cursor = block.cursor();
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
        for (Block block : read(candidates(wanted.stream()
                .map(id -> BlockFilter.hash(BlockFilter.LINKED_TRACE, id))
                .toList()))) {
            SpanBlock.Cursor cursor = block.cursor();
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
        refresh();
        List<BlockMeta> failing = blocks.descendingMap().values().stream()
                .filter(block -> block.failed() > 0)
                .sorted(Comparator.comparingLong(BlockMeta::receivedMax).reversed())
                .toList();
        Map<String, Long> latest = new HashMap<>();
        for (int i = 0; i < failing.size(); i++) {
            for (Block block : read(List.of(failing.get(i)))) {
                SpanBlock.Cursor cursor = block.cursor();
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
        refresh();
        long from = since.toEpochMilli();
        List<BlockMeta> recent = blocks.values().stream()
                .filter(block -> block.messaging() > 0 && block.receivedMax() >= from)
                .sorted(Comparator.comparingLong(BlockMeta::receivedMax).reversed())
                .toList();
        record Received(TraceSpan span, long at) {}
        List<Received> found = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < recent.size(); i++) {
            for (Block block : read(List.of(recent.get(i)))) {
                SpanBlock.Cursor cursor = block.cursor();
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
        return select(
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
        List<Row> rows = select(
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
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (List<Long> chunk : chunks(doomed, IN_CHUNK)) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM trace_block WHERE block_id IN (" + marks(chunk.size()) + ")")) {
                        for (int i = 0; i < chunk.size(); i++) {
                            delete.setLong(i + 1, chunk.get(i));
                        }
                        delete.executeUpdate();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SpanStoreException("cannot apply span retention: " + e.getMessage(), e);
        }
        doomed.forEach(id -> {
            blocks.remove(id);
            cache.remove(id);
        });
        return deleted;
    }

    /** Blocks that may hold any of these filter values, newest first. */
    private List<BlockMeta> candidates(List<Long> hashes) {
        refresh();
        List<BlockMeta> found = new ArrayList<>();
        for (BlockMeta block : blocks.descendingMap().values()) {
            for (long hash : hashes) {
                if (block.filter().mightContain(hash)) {
                    found.add(block);
                    break;
                }
            }
        }
        return found;
    }

    /** A block's inflated spans. */
    private record Block(BlockMeta meta, byte[] raw) {
        SpanBlock.Cursor cursor() {
            return new SpanBlock.Cursor(raw, meta.receivedMin(), meta.id());
        }
    }

    /** These blocks' spans, in the order given; a block deleted meanwhile (retention) is skipped and forgotten. */
    private List<Block> read(List<BlockMeta> wanted) {
        Map<Long, byte[]> raw = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (BlockMeta block : wanted) {
            byte[] cached = cache.get(block.id());
            if (cached != null) {
                raw.put(block.id(), cached);
            } else {
                missing.add(block.id());
            }
        }
        for (List<Long> chunk : chunks(missing, 16)) {
            List<Object[]> rows = select(
                    "SELECT block_id, raw_bytes, spans FROM trace_block WHERE block_id IN (" + marks(chunk.size())
                            + ")",
                    chunk,
                    row -> new Object[] {row.getLong(1), row.getInt(2), row.getBytes(3)});
            for (Object[] row : rows) {
                long id = (Long) row[0];
                byte[] inflated = SpanBlock.inflate((byte[]) row[2], (Integer) row[1], id);
                cache.put(id, inflated);
                raw.put(id, inflated);
            }
        }
        List<Block> result = new ArrayList<>();
        for (BlockMeta block : wanted) {
            byte[] bytes = raw.get(block.id());
            if (bytes == null) {
                blocks.remove(block.id());
            } else {
                result.add(new Block(block, bytes));
            }
        }
        return result;
    }

    /**
     * Brings the in-memory filters up to date: at first use every block (after moving an earlier
     * version's span rows into blocks), later the blocks written since by any instance, and forgets
     * blocks deleted by any instance's retention.
     */
    void refresh() {
        synchronized (refreshLock) {
            if (!loaded) {
                new LegacySpans(this).migrate();
                load(select("SELECT block_id FROM trace_block", List.of(), row -> row.getLong(1)));
                loaded = true;
                return;
            }
            long after = blocks.isEmpty() ? 0 : blocks.lastKey() - REFRESH_WINDOW;
            List<Long> ids = select(
                    "SELECT block_id FROM trace_block WHERE block_id > ?", List.of(after), row -> row.getLong(1));
            load(ids.stream().filter(id -> !blocks.containsKey(id)).toList());
            List<Long> oldest = select("SELECT MIN(block_id) FROM trace_block", List.of(), row -> row.getLong(1));
            long min = oldest.isEmpty() ? 0 : oldest.get(0);
            if (min == 0) {
                blocks.clear();
            } else {
                blocks.headMap(min).clear();
            }
        }
    }

    private void load(List<Long> ids) {
        for (List<Long> chunk : chunks(ids, IN_CHUNK)) {
            for (BlockMeta meta : select(
                    "SELECT block_id, received_min, received_max, span_count, failed_spans, messaging_spans, filter"
                            + " FROM trace_block WHERE block_id IN (" + marks(chunk.size()) + ")",
                    chunk,
                    row -> new BlockMeta(
                            row.getLong(1),
                            row.getLong(2),
                            row.getLong(3),
                            row.getInt(4),
                            row.getInt(5),
                            row.getInt(6),
                            BlockFilter.fromBytes(row.getBytes(7))))) {
                blocks.put(meta.id(), meta);
            }
        }
    }

    /** Adds blocks this instance wrote (the legacy move). */
    void known(List<BlockMeta> written) {
        written.forEach(meta -> blocks.put(meta.id(), meta));
    }

    /** Runs a query with these parameters (text or integers), one row mapper. */
    <T> List<T> select(String sql, List<?> parameters, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new SpanStoreException("cannot read spans: " + e.getMessage(), e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    Clock clock() {
        return clock;
    }

    /** Maps one row. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    private static List<List<BlockMeta>> chunks(List<BlockMeta> all) {
        return chunks(all, 8);
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
