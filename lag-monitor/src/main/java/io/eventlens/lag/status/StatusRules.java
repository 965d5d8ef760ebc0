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
 * @param stoppedAfter a partition no live consumer owns, whose position has not moved while the log end
 *     did and the lag is above allowed, is STOP after this long, whatever the window holds (not Burrow's:
 *     Burrow judges on commit samples only, so a group that committed once and died stays OK)
 */
public record StatusRules(
        int intervals, Duration minDistance, long allowedLag, double minimumComplete, Duration stoppedAfter) {

    /** A group without members falling behind is STOP after 5 minutes by default. */
    public static final Duration DEFAULT_STOPPED_AFTER = Duration.ofMinutes(5);

    /** 10 samples, 1 s min-distance, no allowed lag, half a window before judging, STOP unattended after 5 min. */
    public static final StatusRules DEFAULTS = new StatusRules(10, Duration.ofSeconds(1), 0, 0.5);

    /** Burrow's four settings, with {@link #DEFAULT_STOPPED_AFTER}. */
    public StatusRules(int intervals, Duration minDistance, long allowedLag, double minimumComplete) {
        this(intervals, minDistance, allowedLag, minimumComplete, DEFAULT_STOPPED_AFTER);
    }

    public StatusRules {
        requireNonNull(minDistance, "minDistance");
        requireNonNull(stoppedAfter, "stoppedAfter");
        if (stoppedAfter.isNegative() || stoppedAfter.isZero()) {
            throw new IllegalArgumentException("stopped-after is " + stoppedAfter + ": it must be longer than zero");
        }
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
