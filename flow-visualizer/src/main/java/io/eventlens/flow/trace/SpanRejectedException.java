package io.eventlens.flow.trace;

/** One span that breaks a rule of the intake (its ids, its size); the rest of the request goes on. */
final class SpanRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SpanRejectedException(String message) {
        super(message, null, false, false);
    }
}
