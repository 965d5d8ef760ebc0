package io.eventlens.dlq.depth;

import io.eventlens.dlq.discovery.DeadLetterQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How deep one queue is at one moment.
 *
 * @param depth records held: for Kafka the records retained in the topic (end minus start offsets,
 *     summed over partitions), for Redis the stream's length
 * @param oldest when the oldest held record was written, or null for an empty queue
 */
public record QueueDepth(DeadLetterQueue queue, long depth, Instant oldest, Instant measuredAt) {

    public QueueDepth {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(measuredAt, "measuredAt");
    }

    /** Age of the oldest record in whole seconds, 0 for an empty queue. */
    public long oldestAgeSeconds() {
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, measuredAt).toSeconds());
    }
}
