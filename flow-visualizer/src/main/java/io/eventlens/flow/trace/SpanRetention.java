package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the span store to its {@link RetentionPolicy} in the background: by age, then by count, deleting
 * whole blocks of spans (ADR 0017). A round that fails is logged and the next one runs as planned.
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

    /**
     * Deletes what is too old, then the oldest over the count, whole blocks at a time (so the store may
     * keep up to one block of spans fewer than the maximum); returns how many spans went.
     */
    public long round() {
        long deleted = store.retain(policy);
        deletedLastRound = deleted;
        return deleted;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
