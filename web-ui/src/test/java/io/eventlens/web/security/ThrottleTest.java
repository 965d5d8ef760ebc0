package io.eventlens.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private Instant now = Instant.parse("2026-12-06T19:00:00Z");
    private final Throttle throttle = new Throttle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void a_key_may_fail_up_to_the_limit_then_waits_for_the_rest_of_the_minute() {
        for (int i = 0; i < Throttle.MAX_FAILURES - 1; i++) {
            throttle.failed("user viewer");
        }
        assertThat(throttle.blockedFor("user viewer")).isZero();

        now = now.plusSeconds(20);
        throttle.failed("user viewer");

        assertThat(throttle.blockedFor("user viewer")).isEqualTo(Duration.ofSeconds(40));
        assertThat(throttle.blockedFor("user operator")).isZero();
    }

    @Test
    void a_new_minute_starts_afresh() {
        for (int i = 0; i < Throttle.MAX_FAILURES; i++) {
            throttle.failed("address 10.0.0.1");
        }
        now = now.plus(Throttle.WINDOW);

        assertThat(throttle.blockedFor("address 10.0.0.1")).isZero();
        throttle.failed("address 10.0.0.1");
        assertThat(throttle.blockedFor("address 10.0.0.1")).isZero();
    }
}
