package io.eventlens.web.heavy;

import java.time.Duration;

/** Heavy work refused (the pool is full) or stopped (past its deadline): answered 503 with Retry-After. */
public final class HeavyWorkRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    HeavyWorkRefusedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
