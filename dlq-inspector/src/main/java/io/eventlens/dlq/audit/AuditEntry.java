package io.eventlens.dlq.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited act on a dead-letter queue.
 *
 * @param what the records concerned (ids, a filter, a count)
 * @param target where they were sent; null for "each to its original topic"
 * @param outcome what happened, for people
 * @param originalPayload a fixed record's payload before the fix, else null
 * @param fixedPayload a fixed record's payload as sent, else null
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        Action action,
        String queue,
        String jobId,
        String what,
        String target,
        long count,
        String outcome,
        String originalPayload,
        String fixedPayload) {

    /** What was done. */
    public enum Action {
        REPLAY_STARTED,
        REPLAY_RESUMED,
        REPLAY_FINISHED,
        REPLAY_CANCELLED,
        REPLAY_FAILED,
        DRY_RUN,
        FIX_REPLAYED
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(outcome, "outcome");
    }
}
