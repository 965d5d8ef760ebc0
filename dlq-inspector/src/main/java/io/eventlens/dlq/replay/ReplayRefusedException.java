package io.eventlens.dlq.replay;

/** A replay or fix that is refused before anything is sent: the message says why and what is allowed. */
public final class ReplayRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ReplayRefusedException(String message) {
        super(message);
    }
}
