package io.eventlens.dlq.browse;

/** A queue name that names no topic or stream (any more). */
public final class UnknownQueueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownQueueException(String name, String why) {
        super("no dead-letter queue '" + name + "': " + why);
    }
}
