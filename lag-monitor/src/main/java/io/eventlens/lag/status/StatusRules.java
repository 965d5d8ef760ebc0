package io.eventlens.lag.status;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Burrow's evaluator settings.
 *
 * @param intervals how many samples the window of a partition holds (Burrow's {@code intervals}, default 10)
 * @param minDistance a sample closer than this to the previous one replaces it and keeps its time
 *     (Burrow's {@code min-distance}), so fast polling cannot shrink the window
 * @param allowedLag lag at or below this is OK (Burrow's {@code allowed-lag}, default 0)
 * @param minimumComplete the fraction of the window that must be filled before anything but OK is said
 *     (Burrow's {@code minimum-complete})
 */
public record StatusRules(int intervals, Duration minDistance, long allowedLag, double minimumComplete) {

    /** 10 samples, 1 s min-distance, no allowed lag, half a window before judging. */
    public static final StatusRules DEFAULTS = new StatusRules(10, Duration.ofSeconds(1), 0, 0.5);

    public StatusRules {
        requireNonNull(minDistance, "minDistance");
        if (intervals < 2) {
            throw new IllegalArgumentException("intervals is " + intervals + ": at least 2 samples are needed");
        }
        if (minDistance.isNegative()) {
            throw new IllegalArgumentException("min-distance is " + minDistance + ": it cannot be negative");
        }
        if (allowedLag < 0) {
            throw new IllegalArgumentException("allowed-lag is " + allowedLag + ": it cannot be negative");
        }
        if (minimumComplete < 0 || minimumComplete > 1) {
            throw new IllegalArgumentException(
                    "minimum-complete is " + minimumComplete + ": allowed is 0.0 to 1.0 (a fraction of the window)");
        }
    }
}
