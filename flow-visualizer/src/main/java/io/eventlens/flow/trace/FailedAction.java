package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A business action with a failed span: its correlation id, and when its latest failed span arrived. */
public record FailedAction(String correlationId, Instant lastFailure) {

    public FailedAction {
        requireNonNull(correlationId, "correlationId");
        requireNonNull(lastFailure, "lastFailure");
    }
}
