package io.eventlens.reference.event;

/** A record that can never be processed, however often it is retried: it goes straight to the DLQ. */
public final class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
