package io.eventlens.lag.monitor;

import io.eventlens.lag.source.GroupReading;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.source.PartitionReading;
import io.eventlens.lag.source.SourceReading;
import io.eventlens.lag.source.SourceState;
import io.eventlens.lag.status.Evaluation;
import io.eventlens.lag.status.GroupRollup;
import io.eventlens.lag.status.PartitionWindow;
import io.eventlens.lag.status.StatusRules;
import io.eventlens.lag.time.LagSeconds;
import io.eventlens.lag.time.OffsetTimeTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One source's memory between cycles: a window per group partition, a log-end table per partition. */
final class SourceTracker {

    private static final Logger LOG = LoggerFactory.getLogger(SourceTracker.class);

    private final LagSource source;
    private final StatusRules rules;
    private final int tableCapacity;
    /** Per group, per partition: Burrow's window. */
    private final Map<String, Map<Key, Tracked<PartitionWindow>>> windows = new HashMap<>();
    /** Per partition: the log-end table for lag in seconds, shared by the groups that read it. */
    private final Map<Key, Tracked<OffsetTimeTable>> tables = new HashMap<>();

    private long cycles;
    private List<GroupLag> lastGroups = List.of();
    private String lastFailure = "";

    SourceTracker(LagSource source, StatusRules rules, int tableCapacity) {
        this.source = source;
        this.rules = rules;
        this.tableCapacity = tableCapacity;
    }

    record Cycle(List<GroupLag> groups, SourceHealth health, int roundTrips) {}

    /** A topic (Redis: stream) partition; its hash is cheap (the topic's is cached by String). */
    private record Key(String topic, int partition) {}

    /** Something kept between cycles, with the last cycle that saw it (unseen ones are dropped). */
    private static final class Tracked<T> {
        final T value;
        long generation;
        long addedAt = -1;

        Tracked(T value) {
            this.value = value;
        }

        T touch(long cycle) {
            generation = cycle;
            return value;
        }
    }

    LagSource source() {
        return source;
    }

    long partitionsTracked() {
        return windows.values().stream().mapToLong(Map::size).sum();
    }

    Cycle cycle(Instant now) {
        long started = System.nanoTime();
        SourceReading reading;
        try {
            reading = source.read(now);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!reason.equals(lastFailure)) {
                LOG.warn(
                        "Lag source {} {} cannot be read; polling goes on: {}",
                        source.backend(),
                        source.target(),
                        reason,
                        e);
            }
            lastFailure = reason;
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new Cycle(
                    lastGroups, new SourceHealth(source.backend(), source.target(), SourceState.DOWN, reason, took), 0);
        }
        lastFailure = "";
        List<GroupLag> groups = evaluate(reading, now);
        lastGroups = groups;
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Cycle(
                groups,
                new SourceHealth(source.backend(), source.target(), reading.state(), reading.reason(), took),
                reading.roundTrips());
    }

    private List<GroupLag> evaluate(SourceReading reading, Instant now) {
        long generation = ++cycles;
        List<GroupLag> groups = new ArrayList<>(reading.groups().size());
        for (GroupReading group : reading.groups()) {
            Map<Key, Tracked<PartitionWindow>> groupWindows =
                    windows.computeIfAbsent(group.group(), name -> new HashMap<>());
            List<PartitionLag> partitions = new ArrayList<>(group.partitions().size());
            for (PartitionReading partition : group.partitions()) {
                partitions.add(partition(partition, groupWindows, generation, now));
            }
            groups.add(group(group.group(), partitions));
        }
        // deleted groups and topics are forgotten: whatever this cycle did not touch
        windows.values().forEach(byPartition -> byPartition.values().removeIf(t -> t.generation != generation));
        windows.values().removeIf(Map::isEmpty);
        tables.values().removeIf(t -> t.generation != generation);
        return groups;
    }

    private PartitionLag partition(
            PartitionReading reading, Map<Key, Tracked<PartitionWindow>> groupWindows, long generation, Instant now) {
        Key key = new Key(reading.topic(), reading.partition());
        boolean kafkaLike = reading.exactLagSeconds() == null;
        OffsetTimeTable table = null;
        if (kafkaLike) {
            Tracked<OffsetTimeTable> tracked =
                    tables.computeIfAbsent(key, k -> new Tracked<>(new OffsetTimeTable(tableCapacity)));
            table = tracked.touch(generation);
            if (tracked.addedAt != generation) { // one log-end point per partition per cycle, not per group
                table.add(reading.logEndPosition(), now.toEpochMilli());
                tracked.addedAt = generation;
            }
        }
        if (reading.position() == null) {
            Tracked<PartitionWindow> kept = groupWindows.get(key);
            if (kept != null) {
                kept.touch(generation); // kept while the group still reads the partition, as before
            }
            return lag(reading, new LagSeconds.Unknown(reading.lagNote()), Evaluation.okNoPosition(reading.lagNote()));
        }
        PartitionWindow window = groupWindows
                .computeIfAbsent(key, k -> new Tracked<>(new PartitionWindow(rules, kafkaLike)))
                .touch(generation);
        long lag = reading.lag() == null ? 0 : reading.lag();
        window.observe(now, reading.position(), reading.logEndPosition(), lag, reading.owned());
        Evaluation evaluation = reading.lag() == null
                ? Evaluation.okNoPosition("lag unknown: " + reading.lagNote())
                : window.evaluate(now, lag);
        LagSeconds seconds = kafkaLike
                ? table.lagOf(reading.position(), now.toEpochMilli())
                : new LagSeconds.Known(reading.exactLagSeconds());
        return lag(reading, seconds, evaluation);
    }

    private static PartitionLag lag(PartitionReading reading, LagSeconds seconds, Evaluation evaluation) {
        return new PartitionLag(
                reading.topic(),
                reading.partition(),
                reading.lag(),
                seconds,
                evaluation.status(),
                evaluation.reason(),
                reading.committedOffset(),
                reading.logEndOffset(),
                reading.lagNote(),
                reading.owner(),
                reading.pending());
    }

    private GroupLag group(String name, List<PartitionLag> partitions) {
        Evaluation rolled =
                GroupRollup.of(partitions, p -> p.name(source.backend()), p -> new Evaluation(p.status(), p.reason()));
        long total = 0;
        long max = 0;
        for (PartitionLag p : partitions) {
            long lag = p.lag() == null ? 0 : p.lag();
            total += lag;
            max = Math.max(max, lag);
        }
        boolean beyond = partitions.stream().anyMatch(p -> p.lagSeconds() instanceof LagSeconds.BeyondWindow);
        Double maxSeconds = beyond
                ? null
                : partitions.stream()
                        .map(p -> p.lagSeconds().orNull())
                        .filter(Objects::nonNull)
                        .max(Double::compare)
                        .orElse(null);
        String reason = beyond
                ? rolled.reason() + "; lag in seconds longer than the window for "
                        + partitions.stream()
                                .filter(p -> p.lagSeconds() instanceof LagSeconds.BeyondWindow)
                                .count()
                        + " partition(s)"
                : rolled.reason();
        return new GroupLag(
                source.backend(), name, rolled.status(), reason, total, max, maxSeconds, beyond, partitions);
    }
}
