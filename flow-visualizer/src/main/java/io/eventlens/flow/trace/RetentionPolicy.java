package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long and how many spans the embedded store keeps; the oldest go first.
 *
 * @param maxAge spans received longer ago are deleted
 * @param maxSpans above this many spans, the oldest are deleted
 */
public record RetentionPolicy(Duration maxAge, long maxSpans) {

    public RetentionPolicy {
        requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero() || maxSpans < 1) {
            throw new IllegalArgumentException("retention: max age and max spans must be positive, got maxAge=" + maxAge
                    + ", maxSpans=" + maxSpans);
        }
    }
}
