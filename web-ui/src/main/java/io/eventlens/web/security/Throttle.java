package io.eventlens.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Failed attempts per key (a user, an address) in fixed one-minute windows. */
final class Throttle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Window> failures = new ConcurrentHashMap<>();

    Throttle(Clock clock) {
        this.clock = clock;
    }

    private record Window(Instant start, int count) {}

    void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(w -> !w.start().plus(WINDOW).isAfter(now));
        }
        failures.merge(
                key,
                new Window(now, 1),
                (old, one) -> old.start().plus(WINDOW).isAfter(now) ? new Window(old.start(), old.count() + 1) : one);
    }

    /** How long {@code key} must wait; zero when it may try. */
    Duration blockedFor(String key) {
        Window window = failures.get(key);
        if (window == null || window.count() < MAX_FAILURES) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), window.start().plus(WINDOW));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
