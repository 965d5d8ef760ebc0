package io.eventlens.lag.monitor;

import static java.util.Objects.requireNonNull;

import io.eventlens.lag.source.Member;
import io.eventlens.lag.source.Pending;
import io.eventlens.lag.status.Status;
import io.eventlens.lag.time.LagSeconds;

/**
 * One partition of a group (Redis: one stream).
 *
 * @param lag messages behind (Redis: lag + pending); null when unknown, {@code lagNote} says why
 * @param owner the attached consumer, or null
 * @param pending Redis's pending entries, or null for Kafka
 */
public record PartitionLag(
        String topic,
        int partition,
        Long lag,
        LagSeconds lagSeconds,
        Status status,
        String reason,
        Long committedOffset,
        Long logEndOffset,
        String lagNote,
        Member owner,
        Pending pending) {

    public PartitionLag {
        requireNonNull(topic, "topic");
        requireNonNull(lagSeconds, "lagSeconds");
        requireNonNull(status, "status");
        requireNonNull(reason, "reason");
        requireNonNull(lagNote, "lagNote");
    }

    /** "orders-2", or the stream name for Redis. */
    public String name(String backend) {
        return "redis".equals(backend) ? topic : topic + "-" + partition;
    }
}
