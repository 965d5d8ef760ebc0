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
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One source's memory between cycles: a window per group partition, a log-end table per partition. */
final class SourceTracker {

    private static final Logger LOG = LoggerFactory.getLogger(SourceTracker.class);

    private final LagSource source;
    private final StatusRules rules;
    private final int tableCapacity;
    private final Map<String, PartitionWindow> windows = new HashMap<>();
    private final Map<String, OffsetTimeTable> tables = new HashMap<>();
    private List<GroupLag> lastGroups = List.of();
    private String lastFailure = "";

    SourceTracker(LagSource source, StatusRules rules, int tableCapacity) {
        this.source = source;
        this.rules = rules;
        this.tableCapacity = tableCapacity;
    }

    record Cycle(List<GroupLag> groups, SourceHealth health, int roundTrips) {}

    LagSource source() {
        return source;
    }

    long partitionsTracked() {
        return windows.size();
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
        Set<String> seenWindows = new HashSet<>();
        Set<String> seenTables = new HashSet<>();
        List<GroupLag> groups = new ArrayList<>();
        for (GroupReading group : reading.groups()) {
            List<PartitionLag> partitions = new ArrayList<>();
            for (PartitionReading partition : group.partitions()) {
                String tableKey = partition.topic() + "\u0000" + partition.partition();
                String windowKey = group.group() + "\u0000" + tableKey;
                seenWindows.add(windowKey);
                seenTables.add(tableKey);
                partitions.add(partition(partition, windowKey, tableKey, now));
            }
            groups.add(group(group.group(), partitions));
        }
        windows.keySet().retainAll(seenWindows); // deleted groups and topics are forgotten
        tables.keySet().retainAll(seenTables);
        return groups;
    }

    private PartitionLag partition(PartitionReading reading, String windowKey, String tableKey, Instant now) {
        boolean kafkaLike = reading.exactLagSeconds() == null;
        OffsetTimeTable table = null;
        if (kafkaLike) {
            table = tables.computeIfAbsent(tableKey, key -> new OffsetTimeTable(tableCapacity));
            table.add(reading.logEndPosition(), now.toEpochMilli());
        }
        if (reading.position() == null) {
            return lag(reading, new LagSeconds.Unknown(reading.lagNote()), Evaluation.okNoPosition(reading.lagNote()));
        }
        PartitionWindow window = windows.computeIfAbsent(windowKey, key -> new PartitionWindow(rules, kafkaLike));
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
        List<Map.Entry<String, Evaluation>> evaluations = partitions.stream()
                .map(p -> (Map.Entry<String, Evaluation>)
                        new AbstractMap.SimpleEntry<>(p.name(source.backend()), new Evaluation(p.status(), p.reason())))
                .toList();
        Evaluation rolled = GroupRollup.of(evaluations);
        long total = partitions.stream()
                .mapToLong(p -> p.lag() == null ? 0 : p.lag())
                .sum();
        long max = partitions.stream()
                .mapToLong(p -> p.lag() == null ? 0 : p.lag())
                .max()
                .orElse(0);
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
