package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The embedded span store over plain JDBC (tables of {@code db/migration/flow-visualizer}), on H2 or
 * PostgreSQL. One {@link #store} call is one transaction: all its spans are stored or none. A span
 * received twice (an exporter's retry) is stored once.
 */
public final class SpanStore implements TraceSource {

    private static final int IN_CHUNK = 200;

    private final DataSource dataSource;
    private final Clock clock;

    public SpanStore(DataSource dataSource, Clock clock) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "embedded";
    }

    /**
     * Stores these spans (with their links) in one transaction, a hundred rows per statement (see
     * {@link RowBatch}).
     */
    public void store(List<TraceSpan> spans) {
        long now = clock.millis();
        List<LinkRow> links = new ArrayList<>();
        for (TraceSpan span : spans) {
            for (SpanLink link : span.links()) {
                links.add(new LinkRow(span, link));
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                RowBatch.insert(
                        connection,
                        "trace_span",
                        SpanRows.COLUMNS,
                        SpanRows.WIDTH,
                        "ON CONFLICT DO NOTHING",
                        spans,
                        (insert, first, span) -> SpanRows.bind(insert, first, span, now));
                RowBatch.insert(
                        connection,
                        "trace_span_link",
                        "trace_id, span_id, linked_trace_id, linked_span_id, received_at",
                        5,
                        "",
                        links,
                        (insert, first, row) -> row.bind(insert, first, now));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SpanStoreException(
                    "cannot store " + spans.size() + " span(s) (none was stored): " + e.getMessage(), e);
        }
    }

    /** A row of {@code trace_span_link}: a span and one span it links to. */
    private record LinkRow(TraceSpan span, SpanLink link) {
        void bind(PreparedStatement insert, int first, long receivedAt) throws SQLException {
            insert.setString(first, span.traceId());
            insert.setString(first + 1, span.spanId());
            insert.setString(first + 2, link.traceId());
            insert.setString(first + 3, link.spanId());
            insert.setLong(first + 4, receivedAt);
        }
    }

    @Override
    public List<String> findTraces(TraceQuery query, int limit) {
        if (query instanceof TraceQuery.ByCorrelation correlation) {
            return traceIds(
                    "SELECT trace_id, MAX(received_at) AS latest FROM trace_span WHERE correlation_id = ?"
                            + " GROUP BY trace_id ORDER BY latest DESC LIMIT ?",
                    correlation.correlationId(),
                    limit);
        }
        if (query instanceof TraceQuery.ByKey key) {
            return traceIds(
                    "SELECT trace_id, MAX(received_at) AS latest FROM trace_span WHERE message_key = ?"
                            + " GROUP BY trace_id ORDER BY latest DESC LIMIT ?",
                    key.key(),
                    limit);
        }
        if (query instanceof TraceQuery.ByTraceId trace) {
            return traceIds(
                    "SELECT trace_id FROM trace_span WHERE trace_id = ? LIMIT ?", trace.traceId(), Math.min(limit, 1));
        }
        return new AttributeScan(this).find((TraceQuery.ByAttribute) query, limit);
    }

    @Override
    public List<TraceSpan> spansOf(Collection<String> traceIds) {
        List<TraceSpan> spans = new ArrayList<>();
        for (List<String> chunk : chunks(traceIds)) {
            String sql = "SELECT " + SpanRows.COLUMNS + " FROM trace_span WHERE trace_id IN (" + marks(chunk.size())
                    + ") ORDER BY start_nanos";
            spans.addAll(select(sql, chunk, SpanRows::read));
        }
        return spans;
    }

    @Override
    public Set<String> tracesLinkingTo(Collection<String> traceIds) {
        Set<String> linking = new LinkedHashSet<>();
        for (List<String> chunk : chunks(traceIds)) {
            String sql = "SELECT DISTINCT trace_id FROM trace_span_link WHERE linked_trace_id IN ("
                    + marks(chunk.size()) + ")";
            linking.addAll(select(sql, chunk, row -> row.getString(1)));
        }
        return linking;
    }

    /** The most recent business actions with a failed span, newest first. */
    public List<FailedAction> recentFailedActions(int limit) {
        return select(
                "SELECT correlation_id, MAX(received_at) AS latest FROM trace_span"
                        + " WHERE status_code = 2 AND correlation_id <> '' GROUP BY correlation_id"
                        + " ORDER BY latest DESC LIMIT ?",
                List.of(limit),
                row -> new FailedAction(row.getString(1), Instant.ofEpochMilli(row.getLong(2))));
    }

    /**
     * Producer, consumer and client spans received since {@code since}, newest first, at most {@code
     * limit}: what an observed flow graph is built from.
     */
    public List<TraceSpan> messagingSpansSince(Instant since, int limit) {
        return select(
                "SELECT " + SpanRows.COLUMNS + " FROM trace_span WHERE received_at >= ? AND kind IN (3, 4, 5)"
                        + " ORDER BY received_at DESC LIMIT ?",
                List.of(since.toEpochMilli(), limit),
                SpanRows::read);
    }

    /** How many spans are stored and when the oldest arrived. */
    public StoreUsage usage() {
        return select(
                        "SELECT COUNT(*), MIN(received_at) FROM trace_span",
                        List.of(),
                        row -> new StoreUsage(
                                row.getLong(1), row.getObject(2) == null ? null : Instant.ofEpochMilli(row.getLong(2))))
                .get(0);
    }

    private List<String> traceIds(String sql, String value, int limit) {
        return select(sql, List.of(value, limit), row -> row.getString(1));
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

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(new LinkedHashSet<>(ids));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_CHUNK)));
        }
        return chunks;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
