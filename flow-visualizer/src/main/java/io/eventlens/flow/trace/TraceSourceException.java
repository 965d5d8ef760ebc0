package io.eventlens.flow.trace;

/** A trace source (Jaeger, Tempo) that cannot answer; the message names it, the URL and the answer. */
public final class TraceSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TraceSourceException(String message) {
        super(message);
    }

    public TraceSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
