package io.eventlens.dlq.depth;

import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.discovery.Discovery;
import io.eventlens.dlq.discovery.QueueKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One polling round per call of {@link #poll()}: discovers the queues, measures each, records the
 * depths and raises a {@link GrowthAlert} when a dead-letter queue grew since the previous round
 * (at most once per queue per quiet period). A failing queue or source is logged and skipped; the
 * round goes on. The latest depths are kept for readers (pages, metrics).
 */
public final class DlqMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(DlqMonitor.class);

    /** A dead-letter queue that grew: how much, and since when it was smaller. */
    public record GrowthAlert(DeadLetterQueue queue, long before, long now, double perMinute, Instant at) {

        public String summary() {
            return "DLQ " + queue.name() + " (" + queue.backend().label() + ") grew from " + before + " to " + now
                    + " records (" + String.format(Locale.ROOT, "%.1f", perMinute) + "/min)";
        }
    }

    private final Discovery discovery;
    private final DepthReader reader;
    private final DepthHistory history;
    private final Consumer<GrowthAlert> alerts;
    private final Duration quiet;
    private final Clock clock;
    private final Map<String, Instant> lastAlert = new HashMap<>();
    private volatile List<QueueDepth> latest = List.of();

    public DlqMonitor(
            Discovery discovery,
            DepthReader reader,
            DepthHistory history,
            Consumer<GrowthAlert> alerts,
            Duration quiet,
            Clock clock) {
        this.discovery = discovery;
        this.reader = reader;
        this.history = history;
        this.alerts = alerts;
        this.quiet = quiet;
        this.clock = clock;
    }

    /** The depths of the last round, dead letters first. */
    public List<QueueDepth> latest() {
        return latest;
    }

    public DepthHistory history() {
        return history;
    }

    public synchronized List<QueueDepth> poll() {
        List<DeadLetterQueue> queues = discovery.discover();
        List<QueueDepth> depths = new ArrayList<>();
        for (DeadLetterQueue queue : queues) {
            try {
                QueueDepth depth = reader.read(queue);
                List<DepthHistory.Point> before = history.points(queue.name());
                history.add(queue.name(), depth.measuredAt(), depth.depth());
                depths.add(depth);
                if (!before.isEmpty()) {
                    checkGrowth(queue, before.get(before.size() - 1).depth(), depth);
                }
            } catch (RuntimeException e) {
                LOG.warn(
                        "DLQ {} ({}) cannot be measured this round",
                        queue.name(),
                        queue.backend().label(),
                        e);
            }
        }
        Set<String> names = queues.stream().map(DeadLetterQueue::name).collect(Collectors.toSet());
        history.retain(names);
        latest = List.copyOf(depths);
        return latest;
    }

    private void checkGrowth(DeadLetterQueue queue, long before, QueueDepth depth) {
        if (queue.kind() != QueueKind.DEAD_LETTER || depth.depth() <= before) {
            return;
        }
        Instant now = clock.instant();
        Instant last = lastAlert.get(queue.name());
        if (last != null && now.isBefore(last.plus(quiet))) {
            return;
        }
        lastAlert.put(queue.name(), now);
        GrowthAlert alert = new GrowthAlert(queue, before, depth.depth(), history.growthPerMinute(queue.name()), now);
        try {
            alerts.accept(alert);
        } catch (RuntimeException e) {
            LOG.warn("Alert for DLQ {} could not be delivered", queue.name(), e);
        }
    }
}
