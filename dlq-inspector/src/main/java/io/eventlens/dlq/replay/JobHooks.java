package io.eventlens.dlq.replay;

/** What a running replay reports to, and asks, its job. */
interface JobHooks {

    /** A batch is committed: the totals so far, exact. */
    void committed(Totals totals);

    /** A record was not sent, and why (for the audit). */
    void failed(String recordId, String reason);

    /** Whether the job should stop after its current batch. */
    boolean cancelled();
}
