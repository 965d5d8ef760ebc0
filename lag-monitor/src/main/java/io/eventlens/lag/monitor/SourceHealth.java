package io.eventlens.lag.monitor;

import static java.util.Objects.requireNonNull;

import io.eventlens.lag.source.SourceState;
import java.time.Duration;

/** How a source answered in the last cycle, with the reason when it did not answer fully. */
public record SourceHealth(String backend, String target, SourceState state, String reason, Duration took) {

    public SourceHealth {
        requireNonNull(backend, "backend");
        requireNonNull(target, "target");
        requireNonNull(state, "state");
        requireNonNull(reason, "reason");
        requireNonNull(took, "took");
    }
}
