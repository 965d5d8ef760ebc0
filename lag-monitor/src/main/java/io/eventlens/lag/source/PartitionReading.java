package io.eventlens.lag.source;

import static java.util.Objects.requireNonNull;

/**
 * One partition (Redis: one stream, partition 0) of a group, as read.
 *
 * @param topic the topic or stream
 * @param partition the partition (0 for a Redis stream)
 * @param committedOffset the group's committed offset as shown; null when none was committed (Kafka) or
 *     the server does not count entries (Redis before 7.0)
 * @param logEndOffset the log end as shown; null when unknown
 * @param position the group's position as the status engine compares it (Kafka: the committed offset;
 *     Redis: a number made from the stream id before the first entry not yet acknowledged); null when
 *     the group has no position yet
 * @param logEndPosition the log end on the same scale as {@code position}
 * @param lag messages not yet processed (Redis: lag + pending); null when unknown, {@code lagNote} says why
 * @param lagNote why the lag is unknown or how it was found, in words; empty when plain
 * @param exactLagSeconds the exact age of the oldest unprocessed message, when the backend knows it (Redis
 *     stream ids); null to interpolate from the log end history
 * @param owner the live consumer that owns the partition, or null when none does
 * @param pending Redis's pending entries; null for Kafka
 */
public record PartitionReading(
        String topic,
        int partition,
        Long committedOffset,
        Long logEndOffset,
        Long position,
        long logEndPosition,
        Long lag,
        String lagNote,
        Double exactLagSeconds,
        Member owner,
        Pending pending) {

    public PartitionReading {
        requireNonNull(topic, "topic");
        requireNonNull(lagNote, "lagNote");
    }

    /** Whether a live consumer is attached (it commits, or reads, even when it does not move). */
    public boolean owned() {
        return owner != null;
    }
}
