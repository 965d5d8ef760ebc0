package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded queue between the OTLP endpoint and the span store: the endpoint answers at once, one
 * writer stores batches in the background (several requests per transaction when they queue up). A
 * full queue refuses the request, which the endpoint turns into 429/503 with Retry-After.
 */
public final class SpanIntake implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpanIntake.class);
    private static final int SPANS_PER_WRITE = 20_000;

    private final SpanStore store;
    private final BlockingQueue<List<TraceSpan>> queue;
    private final Thread writer;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean running = true;

    /** @param capacity requests that may wait to be stored */
    public SpanIntake(SpanStore store, int capacity) {
        this.store = requireNonNull(store, "store");
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::write, "span-intake");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a request's spans; false when the queue is full (nothing of it is queued). */
    public boolean offer(List<TraceSpan> spans) {
        return spans.isEmpty() || queue.offer(List.copyOf(spans));
    }

    /** Spans stored so far, and spans lost to store failures (logged). */
    public long stored() {
        return stored.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Whether everything queued so far has been written. */
    public boolean idle() {
        return queue.isEmpty() && !busy;
    }

    private volatile boolean busy;

    private void write() {
        while (running || !queue.isEmpty()) {
            try {
                List<TraceSpan> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                busy = true;
                List<TraceSpan> batch = new ArrayList<>(first);
                for (List<TraceSpan> more; batch.size() < SPANS_PER_WRITE && (more = queue.poll()) != null; ) {
                    batch.addAll(more);
                }
                storeLogged(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                busy = false;
            }
        }
    }

    private void storeLogged(List<TraceSpan> batch) {
        try {
            store.store(batch);
            stored.addAndGet(batch.size());
        } catch (RuntimeException e) {
            failed.addAndGet(batch.size());
            LOG.warn("Storing {} received span(s) failed; the intake goes on: {}", batch.size(), e.toString(), e);
        }
    }

    /** Stores what is queued (waiting up to five seconds), then stops. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
