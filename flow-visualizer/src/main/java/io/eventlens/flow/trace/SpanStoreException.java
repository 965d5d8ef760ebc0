package io.eventlens.flow.trace;

/** The span store's database failed; the message says what was being done. */
public final class SpanStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpanStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
