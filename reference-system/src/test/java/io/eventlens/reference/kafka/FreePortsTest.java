package io.eventlens.reference.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;

class FreePortsTest {

    @RepeatedTest(20)
    void a_second_pick_never_returns_the_port_already_chosen_for_the_listener() {
        int listener = FreePorts.pick();

        assertThat(FreePorts.pickOtherThan(listener)).isNotEqualTo(listener).isBetween(1, 65_535);
    }
}
