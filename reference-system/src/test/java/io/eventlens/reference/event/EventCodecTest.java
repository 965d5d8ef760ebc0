package io.eventlens.reference.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    @Test
    void an_envelope_survives_the_round_trip_with_the_seed_field_names() {
        EventEnvelope event = EventEnvelope.create(
                "OrderPlaced",
                "order-service",
                "ord-1",
                null,
                EventCodec.object().put("order_id", "ord-1"),
                Instant.parse("2026-01-02T03:04:05Z"));

        String json = EventCodec.encodeText(event);

        assertThat(json)
                .contains(
                        "\"event_type\":\"OrderPlaced\"",
                        "\"schema_version\":1",
                        "\"correlation_id\":\"ord-1\"",
                        "\"causation_id\":null",
                        "\"timestamp\":\"2026-01-02T03:04:05Z\"");
        assertThat(EventCodec.decode(EventCodec.encode(event))).isEqualTo(event);
    }

    @Test
    void the_causation_id_is_the_causing_event_id() {
        EventEnvelope first =
                EventEnvelope.create("OrderPlaced", "a", "ord-1", null, EventCodec.object(), Instant.EPOCH);
        EventEnvelope second =
                EventEnvelope.create("ChargePayment", "b", "ord-1", first, EventCodec.object(), Instant.EPOCH);

        assertThat(second.causationId()).isEqualTo(first.eventId());
        assertThat(second.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void bytes_that_are_not_json_are_poison_with_the_parser_reason() {
        assertThatThrownBy(() -> EventCodec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageStartingWith("the record value is not JSON: Unrecognized token 'not'");
    }

    @Test
    void an_envelope_without_a_required_field_names_its_pointer() {
        assertThatThrownBy(() -> EventCodec.decode(("{\"event_type\":\"OrderPlaced\",\"event_id\":\"e\","
                                + "\"timestamp\":\"t\",\"source\":\"s\",\"data\":{}}")
                        .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("the envelope has no \"correlation_id\" (at /correlation_id)");
    }

    @Test
    void a_tombstone_is_poison() {
        assertThatThrownBy(() -> EventCodec.decode(null)).hasMessageContaining("tombstone");
    }
}
