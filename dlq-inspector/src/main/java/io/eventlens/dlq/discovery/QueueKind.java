package io.eventlens.dlq.discovery;

/** A queue where records end after their last attempt, or one they pass through between attempts. */
public enum QueueKind {
    DEAD_LETTER,
    RETRY
}
