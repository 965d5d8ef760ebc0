package io.eventlens.lag.monitor;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the monitor on its own thread every {@code interval} (fixed delay: a slow cycle is not stacked
 * on the next). A cycle that throws anything is logged and the next one runs: the thread never dies.
 */
public final class LagPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LagPoller.class);

    private final ScheduledExecutorService executor;

    public LagPoller(LagMonitor monitor, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("lag poll interval is " + interval + ": it must be positive");
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "eventlens-lag-poller");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        monitor.poll();
                    } catch (Throwable e) { // NOPMD: a scheduled task that throws is never run again
                        LOG.error("A lag poll cycle failed; the next one runs as planned", e);
                    }
                },
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
