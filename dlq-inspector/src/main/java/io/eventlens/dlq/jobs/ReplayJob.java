package io.eventlens.dlq.jobs;

import io.eventlens.dlq.discovery.Backend;
import java.time.Instant;
import java.util.Objects;

/**
 * A replay job as stored.
 *
 * @param target the topic or stream to send to; null sends each record back where it first failed
 * @param rate records per second at most; 0 for no limit
 * @param toMove records selected when the job started
 * @param moved records sent to their target
 * @param failed records not sent (with the reason in {@code message} of the audit)
 * @param parked records sent to the parking queue by the loop guard
 * @param resumes how often the job was taken over after its runner died
 * @param endOffsets where the job stops: {@code partition:offset,...} for Kafka, the last entry id for Redis
 * @param message why the job failed, or the last note
 */
public record ReplayJob(
        String id,
        String queue,
        Backend backend,
        JobStatus status,
        Selection selection,
        String target,
        int rate,
        String requestedBy,
        Instant createdAt,
        Instant updatedAt,
        String owner,
        long toMove,
        long moved,
        long failed,
        long parked,
        int resumes,
        String endOffsets,
        String message) {

    public ReplayJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(selection, "selection");
    }

    /** Records handled so far (moved, failed or parked). */
    public long done() {
        return moved + failed + parked;
    }

    /** Progress from 0 to 100; a completed job is at 100 (the count at its start may include skipped offsets). */
    public int percent() {
        if (status == JobStatus.COMPLETED) {
            return 100;
        }
        if (toMove <= 0) {
            return status.active() ? 0 : 100;
        }
        return (int) Math.min(100, done() * 100 / toMove);
    }
}
