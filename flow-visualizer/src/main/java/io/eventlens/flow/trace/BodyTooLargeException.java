package io.eventlens.flow.trace;

/** A request body over the configured maximum (HTTP 413). */
public final class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(String message) {
        super(message);
    }
}
