package io.eventlens.catalog.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves forward, so time passes for the code under test without waiting: from a fixed instant, or
 * from the real time (for tests that also meet timestamps a broker writes). Always in UTC.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration shift = Duration.ZERO;

    private MovableClock(Clock base) {
        this.base = base;
    }

    /** Starts at {@code start} and stands still until advanced. */
    public static MovableClock at(Instant start) {
        return new MovableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** The real time plus however far the test has advanced it. */
    public static MovableClock fromNow() {
        return new MovableClock(Clock.systemUTC());
    }

    public void advance(Duration by) {
        shift = shift.plus(by);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
