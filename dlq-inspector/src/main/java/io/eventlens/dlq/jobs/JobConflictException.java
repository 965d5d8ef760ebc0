package io.eventlens.dlq.jobs;

/** A queue already has an active replay job: only one may run per queue. */
public final class JobConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String activeJob;

    public JobConflictException(String queue, String activeJob) {
        super("DLQ " + queue + " already has a running replay job (" + activeJob
                + "); wait for it to finish or cancel it first");
        this.activeJob = activeJob;
    }

    public String activeJob() {
        return activeJob;
    }
}
