package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the span store to its {@link RetentionPolicy} in the background: by age, then by count. A
 * round that fails is logged and the next one runs as planned.
 */
public final class SpanRetention implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpanRetention.class);

    private final SpanStore store;
    private final RetentionPolicy policy;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "span-retention");
        thread.setDaemon(true);
        return thread;
    });

    private volatile long deletedLastRound;

    public SpanRetention(SpanStore store, RetentionPolicy policy) {
        this.store = requireNonNull(store, "store");
        this.policy = requireNonNull(policy, "policy");
    }

    /** Runs a round now and then every {@code period}. */
    public SpanRetention start(Duration period) {
        timer.scheduleWithFixedDelay(this::roundSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    public RetentionPolicy policy() {
        return policy;
    }

    /** Spans the last round deleted. */
    public long deletedLastRound() {
        return deletedLastRound;
    }

    private void roundSafely() {
        try {
            round();
        } catch (RuntimeException e) {
            LOG.warn("Span retention round failed; the next runs as planned: {}", e.toString(), e);
        }
    }

    /** Deletes what is too old, then the oldest over the count; returns how many spans went. */
    public long round() {
        long cutoff = store.clock().millis() - policy.maxAge().toMillis();
        try (Connection connection = store.dataSource().getConnection()) {
            long deleted = deleteReceivedBefore(connection, cutoff);
            List<Long> nth = store.select(
                    "SELECT received_at FROM trace_span ORDER BY received_at DESC LIMIT 1 OFFSET ?",
                    List.of(policy.maxSpans()),
                    row -> row.getLong(1));
            if (!nth.isEmpty()) {
                deleted += deleteReceivedBefore(connection, nth.get(0) + 1);
            }
            deletedLastRound = deleted;
            return deleted;
        } catch (SQLException e) {
            throw new SpanStoreException("cannot apply span retention: " + e.getMessage(), e);
        }
    }

    private static long deleteReceivedBefore(Connection connection, long millis) throws SQLException {
        try (PreparedStatement spans = connection.prepareStatement("DELETE FROM trace_span WHERE received_at < ?");
                PreparedStatement links =
                        connection.prepareStatement("DELETE FROM trace_span_link WHERE received_at < ?")) {
            spans.setLong(1, millis);
            links.setLong(1, millis);
            links.executeUpdate();
            return spans.executeUpdate();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
