package io.eventlens.lag.monitor;

import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.status.StatusRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every source, evaluates every partition with Burrow's rules and its lag in seconds, and tells
 * the listeners. One failing source never stops the others: it shows {@code DOWN} with the reason and
 * its groups keep their last values until it answers again. Call {@link #poll()} from one thread.
 */
public final class LagMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LagMonitor.class);

    private final List<SourceTracker> trackers = new ArrayList<>();
    private final List<LagListener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile LagReport latest;

    /**
     * @param sources the backends to read (each closed with the monitor)
     * @param rules Burrow's settings
     * @param tableCapacity log-end points kept per partition for lag in seconds
     */
    public LagMonitor(List<LagSource> sources, StatusRules rules, int tableCapacity, Clock clock) {
        sources.forEach(source -> trackers.add(new SourceTracker(source, rules, tableCapacity)));
        this.clock = clock;
        this.latest = LagReport.empty(clock.instant());
    }

    public void addListener(LagListener listener) {
        listeners.add(listener);
    }

    /** One cycle over every source; returns the report also given to the listeners. */
    public synchronized LagReport poll() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        List<GroupLag> groups = new ArrayList<>();
        List<SourceHealth> sources = new ArrayList<>();
        int roundTrips = 0;
        for (SourceTracker tracker : trackers) {
            SourceTracker.Cycle cycle = tracker.cycle(now);
            groups.addAll(cycle.groups());
            sources.add(cycle.health());
            roundTrips += cycle.roundTrips();
        }
        LagReport report =
                new LagReport(now, groups, sources, Duration.ofNanos(System.nanoTime() - started), roundTrips);
        latest = report;
        for (LagListener listener : listeners) {
            try {
                listener.onReport(report);
            } catch (RuntimeException e) {
                LOG.warn("A lag listener failed on the report of {}; polling goes on", now, e);
            }
        }
        return report;
    }

    /** The last cycle's report (empty before the first). */
    public LagReport latest() {
        return latest;
    }

    /** Points of history held in memory per partition of a group, over all sources (for sizing). */
    public long partitionsTracked() {
        return trackers.stream().mapToLong(SourceTracker::partitionsTracked).sum();
    }

    @Override
    public void close() {
        for (SourceTracker tracker : trackers) {
            try {
                tracker.source().close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the {} lag source failed", tracker.source().backend(), e);
            }
        }
    }
}
