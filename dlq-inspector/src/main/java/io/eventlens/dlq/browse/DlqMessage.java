package io.eventlens.dlq.browse;

import io.eventlens.dlq.headers.DecodedHeaders;
import io.eventlens.dlq.headers.RawHeader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One record of a dead-letter queue, as read.
 *
 * @param id its place in the queue: {@code <partition>-<offset>} for Kafka, the entry id for Redis
 * @param key the record key as text (null when absent); Redis entries have none
 * @param value the raw payload (for Redis, the entry's fields other than the dead-letter ones, as JSON)
 * @param headers what the dead-letter headers say
 * @param rawHeaders the headers as they arrived (Redis: every field)
 */
public record DlqMessage(
        String queue,
        String id,
        int partition,
        long offset,
        String key,
        byte[] value,
        Instant timestamp,
        DecodedHeaders headers,
        List<RawHeader> rawHeaders) {

    public DlqMessage {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(headers, "headers");
        rawHeaders = List.copyOf(rawHeaders);
    }

    /** The deterministic replay id: the same record always gets the same id, whichever job sends it. */
    public String replayId() {
        return queue + "-" + id;
    }

    /** The error group this record belongs to (exception class and message pattern). */
    public String errorGroup() {
        return ErrorGroups.keyOf(headers);
    }
}
