package io.eventlens.lag.history;

/** The lag history database could not be written or read; the message says what was being done. */
public final class LagHistoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LagHistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
