package io.eventlens.lag.history;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A group's status changed: from (null for the first status seen), to, and why. */
public record StatusChange(String backend, String group, Instant at, String from, String to, String reason) {

    public StatusChange {
        requireNonNull(backend, "backend");
        requireNonNull(group, "group");
        requireNonNull(at, "at");
        requireNonNull(to, "to");
        requireNonNull(reason, "reason");
    }
}
