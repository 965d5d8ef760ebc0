package io.eventlens.lag.status;

import static java.util.Objects.requireNonNull;

/** A status with its reason in words ("committed offset 120 has not moved for 6 samples ..."). */
public record Evaluation(Status status, String reason) {

    public Evaluation {
        requireNonNull(status, "status");
        requireNonNull(reason, "reason");
    }

    /** OK because there is nothing to judge (no committed position, lag unknown), with why. */
    public static Evaluation okNoPosition(String reason) {
        return new Evaluation(Status.OK, reason);
    }

    static Evaluation ok(String reason) {
        return new Evaluation(Status.OK, reason);
    }
}
