package io.eventlens.dlq.jobs;

/** Where a replay job is in its life; RUNNING and CANCELLING hold the queue's one active slot. */
public enum JobStatus {
    RUNNING,
    CANCELLING,
    COMPLETED,
    CANCELLED,
    FAILED;

    public boolean active() {
        return this == RUNNING || this == CANCELLING;
    }
}
