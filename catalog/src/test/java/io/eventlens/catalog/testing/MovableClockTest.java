package io.eventlens.catalog.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    @Test
    void a_clock_at_an_instant_stands_still_until_advanced() {
        MovableClock clock = MovableClock.at(Instant.parse("2026-12-06T12:00:00Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-06T12:00:00Z"));
        clock.advance(Duration.ofHours(2));
        clock.advance(Duration.ofSeconds(1));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-06T14:00:01Z"));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void a_clock_from_now_runs_with_the_real_time_plus_its_shift() {
        MovableClock clock = MovableClock.fromNow();
        clock.advance(Duration.ofDays(1));

        Instant before = Instant.now().plus(Duration.ofDays(1));
        Instant read = clock.instant();
        Instant after = Instant.now().plus(Duration.ofDays(1));

        assertThat(read).isBetween(before, after);
    }
}
