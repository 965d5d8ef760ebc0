package io.eventlens.flow.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlowAnalysesTest {

    @ParameterizedTest(name = "{1} is {2} in fixture {0}")
    @CsvSource({
        "unconsumed-channel/triggers, UNCONSUMED_CHANNEL, found",
        "clean, UNCONSUMED_CHANNEL, absent",
        "unproduced-message/triggers, UNPRODUCED_MESSAGE, found",
        "clean, UNPRODUCED_MESSAGE, absent",
        "consumer-without-producer/triggers, CONSUMER_WITHOUT_PRODUCER, found",
        "clean, CONSUMER_WITHOUT_PRODUCER, absent",
        "service-cycle/triggers, SERVICE_CYCLE, found",
        "service-cycle/self-loop, SERVICE_CYCLE, found",
        "service-cycle/clean, SERVICE_CYCLE, absent",
        "fan-out/triggers, FAN_OUT, found",
        "fan-out/clean, FAN_OUT, absent",
        "schema-version-mismatch/triggers, SCHEMA_VERSION_MISMATCH, found",
        "clean, SCHEMA_VERSION_MISMATCH, absent"
    })
    void each_analysis_has_a_catalog_that_triggers_it_and_one_that_does_not(
            String fixture, FindingKind kind, String expected) {
        List<Finding> findings = new FlowAnalyses().analyse(Fixtures.graph(fixture));
        if (expected.equals("found")) {
            assertThat(findings).extracting(Finding::kind).contains(kind);
        } else {
            assertThat(findings).extracting(Finding::kind).doesNotContain(kind);
        }
    }

    @Test
    void the_clean_pair_has_no_finding_at_all() {
        assertThat(new FlowAnalyses().analyse(Fixtures.graph("clean"))).isEmpty();
    }

    @Test
    void an_unconsumed_channel_names_the_channel_and_its_producer() {
        assertThat(only(FindingKind.UNCONSUMED_CHANNEL, "unconsumed-channel/triggers"))
                .isEqualTo(new Finding(
                        FindingKind.UNCONSUMED_CHANNEL,
                        List.of("channel:orders", "service:Orders"),
                        "Orders sends to channel orders, but no service receives from it."));
    }

    @Test
    void an_unproduced_message_names_its_channel_and_consumers() {
        assertThat(only(FindingKind.UNPRODUCED_MESSAGE, "unproduced-message/triggers"))
                .isEqualTo(new Finding(
                        FindingKind.UNPRODUCED_MESSAGE,
                        List.of("channel:orders", "service:Billing"),
                        "Message OrderCancelled is received by Billing, but no service sends it."));
    }

    @Test
    void a_consumer_of_a_channel_nobody_sends_to_is_named() {
        assertThat(only(FindingKind.CONSUMER_WITHOUT_PRODUCER, "consumer-without-producer/triggers")
                        .detail())
                .isEqualTo("Billing receives from channel orders, but no service sends to it.");
    }

    @Test
    void a_cycle_names_every_service_and_one_circle_through_the_channels() {
        Finding cycle = only(FindingKind.SERVICE_CYCLE, "service-cycle/triggers");
        assertThat(cycle.nodes()).containsExactly("service:A", "service:B", "channel:a-events", "channel:b-events");
        assertThat(cycle.detail())
                .isEqualTo(
                        "2 services feed each other in a circle (A, B), for example A → a-events → B → b-events → A.");
    }

    @Test
    void a_service_that_receives_what_it_sends_is_a_cycle_of_one() {
        assertThat(only(FindingKind.SERVICE_CYCLE, "service-cycle/self-loop").detail())
                .isEqualTo("C receives what it sends: C → c-events → C.");
    }

    @Test
    void fan_out_counts_services_reached_through_others() {
        assertThat(only(FindingKind.FAN_OUT, "fan-out/triggers"))
                .isEqualTo(new Finding(
                        FindingKind.FAN_OUT,
                        List.of("service:Hub"),
                        "Hub reaches 5 other services downstream (5 or more is reported): a change to what it"
                                + " sends travels far."));
        assertThat(new FlowAnalyses(4).analyse(Fixtures.graph("fan-out/clean")))
                .extracting(Finding::kind)
                .contains(FindingKind.FAN_OUT);
    }

    @Test
    void a_version_mismatch_says_who_sends_and_who_receives_which_version() {
        assertThat(only(FindingKind.SCHEMA_VERSION_MISMATCH, "schema-version-mismatch/triggers"))
                .isEqualTo(new Finding(
                        FindingKind.SCHEMA_VERSION_MISMATCH,
                        List.of("channel:orders", "service:Orders", "service:Billing"),
                        "On channel orders, message OrderPlaced is sent at 2.0.0 (Orders) and received at 1.0.0"
                                + " (Billing)."));
    }

    @Test
    void a_fan_out_threshold_below_one_is_refused_with_the_value() {
        assertThatThrownBy(() -> new FlowAnalyses(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fan-out threshold 0 is not allowed: it must be 1 or more");
    }

    private static Finding only(FindingKind kind, String fixture) {
        List<Finding> found = new FlowAnalyses()
                .analyse(Fixtures.graph(fixture)).stream()
                        .filter(f -> f.kind() == kind)
                        .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
