package io.eventlens.flow.trace;

/** A search that cannot run (empty, too long, malformed); the message says what is allowed. */
public final class InvalidTraceQueryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidTraceQueryException(String message) {
        super(message);
    }
}
