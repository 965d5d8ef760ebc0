package io.eventlens.lag.monitor;

import static java.util.Objects.requireNonNull;

import io.eventlens.lag.status.Status;
import java.util.List;

/**
 * A group's lag and status.
 *
 * @param totalLag the sum of the partitions' known lags (partitions without a commit count nothing)
 * @param maxLagSeconds the largest known lag in seconds; null when none is known or a partition is
 *     behind its window (then {@code beyondWindow} is true and the reason says so)
 * @param beyondWindow true when some partition's lag in seconds is longer than its table reaches
 */
public record GroupLag(
        String backend,
        String group,
        Status status,
        String reason,
        long totalLag,
        long maxLag,
        Double maxLagSeconds,
        boolean beyondWindow,
        List<PartitionLag> partitions) {

    public GroupLag {
        requireNonNull(backend, "backend");
        requireNonNull(group, "group");
        requireNonNull(status, "status");
        requireNonNull(reason, "reason");
        partitions = List.copyOf(partitions);
    }

    /** "kafka/orders-service": unique over backends. */
    public String key() {
        return backend + "/" + group;
    }
}
