package io.eventlens.lag.alert;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A group's time in trouble: opened when it left OK, closed when it came back. */
public record Incident(String id, String backend, String group, String status, String reason, Instant openedAt) {

    public Incident {
        requireNonNull(id, "id");
        requireNonNull(backend, "backend");
        requireNonNull(group, "group");
        requireNonNull(status, "status");
        requireNonNull(reason, "reason");
        requireNonNull(openedAt, "openedAt");
    }
}
