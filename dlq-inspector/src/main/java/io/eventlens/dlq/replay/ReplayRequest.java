package io.eventlens.dlq.replay;

import io.eventlens.dlq.jobs.Selection;
import java.util.Objects;

/**
 * What an operator asks to replay.
 *
 * @param queue the dead-letter queue's name
 * @param target the topic or stream to send to; null or blank sends each record back to its original topic
 * @param dryRun list what would be sent and send nothing
 * @param rate records per second at most; 0 for no limit
 * @param actor who asks (for the audit)
 */
public record ReplayRequest(String queue, Selection selection, String target, boolean dryRun, int rate, String actor) {

    /** The highest rate accepted, records per second. */
    public static final int MAX_RATE = 100_000;

    public ReplayRequest {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(actor, "actor");
        target = target == null || target.isBlank() ? null : target.trim();
        if (rate < 0 || rate > MAX_RATE) {
            throw new ReplayRefusedException(
                    "rate " + rate + " is out of range: allowed 0 (no limit) to " + MAX_RATE + " records per second");
        }
    }
}
