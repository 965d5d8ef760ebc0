package io.eventlens.dlq.discovery;

import java.util.Objects;

/**
 * A dead-letter (or retry) queue found by discovery.
 *
 * @param name the Kafka topic or Redis stream key
 * @param foundBy why it counts as one: the naming rule that matched, or "configured"
 */
public record DeadLetterQueue(String name, Backend backend, QueueKind kind, String foundBy) {

    public DeadLetterQueue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(foundBy, "foundBy");
    }
}
