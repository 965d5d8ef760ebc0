package io.eventlens.web.dlq;

import io.eventlens.dlq.depth.DlqMonitor;
import io.eventlens.dlq.replay.ReplayService;
import io.eventlens.web.config.EventLensProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Measures every DLQ each poll interval (feeding the page, the metrics and the growth alerts) and
 * takes over replay jobs whose runner stopped (after a crash of this or another instance). A failing
 * round is logged and the next one runs.
 */
@Component
class DlqPoller implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DlqPoller.class);

    private final DlqMonitor monitor;
    private final ReplayService replay;
    private final DlqMetrics metrics;
    private final long intervalMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "eventlens-dlq-poller");
        thread.setDaemon(true);
        return thread;
    });

    DlqPoller(DlqMonitor monitor, ReplayService replay, DlqMetrics metrics, EventLensProperties properties) {
        this.monitor = monitor;
        this.replay = replay;
        this.metrics = metrics;
        this.intervalMillis = properties.dlq().pollInterval().toMillis();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(this::round, 0, intervalMillis, TimeUnit.MILLISECONDS);
    }

    void round() {
        try {
            metrics.update(monitor.poll());
        } catch (RuntimeException e) {
            LOG.warn("DLQ depths could not be measured this round", e);
        }
        try {
            replay.resumeStale();
        } catch (RuntimeException e) {
            LOG.warn("Stale replay jobs could not be taken over this round", e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
