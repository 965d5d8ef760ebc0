package io.eventlens.dlq.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.dlq.headers.HeaderDecoder;
import io.eventlens.dlq.headers.RawHeader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_time_that_does_not_parse_is_refused_naming_the_filter_and_the_format() {
        assertThatThrownBy(() -> MessageFilter.parse(Map.of("from", "yesterday")))
                .isInstanceOf(FilterException.class)
                .hasMessage("filter from='yesterday' cannot be read: an ISO-8601 instant is expected, as"
                        + " 2026-12-06T18:00:00Z");
    }

    @Test
    void a_json_path_that_does_not_parse_is_refused_with_the_place_it_stops() {
        assertThatThrownBy(() -> MessageFilter.parse(Map.of("jsonPath", "$.data..")))
                .isInstanceOf(FilterException.class)
                .hasMessageContaining("filter jsonPath='$.data..' cannot be read: JSON path '$.data..' cannot be read"
                        + " at character 7");
    }

    @Test
    void an_unknown_filter_is_refused_listing_the_allowed_ones() {
        assertThatThrownBy(() -> MessageFilter.parse(Map.of("script", "1+1")))
                .isInstanceOf(FilterException.class)
                .hasMessageContaining("filter script='1+1' cannot be read: unknown filter; allowed: [errorGroup,"
                        + " exception, from, header, jsonPath, jsonValue, key, originalTopic, to]");
    }

    @Test
    void a_json_value_without_a_path_is_refused() {
        assertThatThrownBy(() -> MessageFilter.parse(Map.of("jsonValue", "EUR")))
                .hasMessage("filter jsonValue='EUR' cannot be read: needs jsonPath too (as jsonPath=$.data.currency)");
    }

    @Test
    void filters_combine_on_topic_exception_simple_name_header_key_time_and_json_path() throws Exception {
        DlqMessage message = message("{\"data\": {\"currency\": \"EUR\"}}");
        MessageFilter match = MessageFilter.parse(Map.of(
                "originalTopic", "orders",
                "exception", "PoisonEventException",
                "header", "kafka_dlt-original-consumer-group=payment-service",
                "key", "order-1",
                "from", "2026-01-01T00:00:00Z",
                "jsonPath", "$.data.currency",
                "jsonValue", "EUR"));
        MessageFilter otherCurrency = MessageFilter.parse(Map.of("jsonPath", "/data/currency", "jsonValue", "USD"));

        assertThat(match.matches(message, JSON.readTree(message.value()))).isTrue();
        assertThat(otherCurrency.matches(message, JSON.readTree(message.value())))
                .isFalse();
        assertThat(MessageFilter.parse(Map.of("to", "2026-01-01T00:00:00Z")).matches(message, null))
                .isFalse();
    }

    static DlqMessage message(String payload) {
        List<RawHeader> headers = List.of(
                text("kafka_dlt-original-topic", "orders"),
                text("kafka_dlt-original-consumer-group", "payment-service"),
                text("kafka_dlt-exception-fqcn", "io.eventlens.reference.event.PoisonEventException"),
                text(
                        "kafka_dlt-exception-message",
                        "event 3f2a1c9e-1111-2222-3333-444455556666 has no field 'amount'"));
        return new DlqMessage(
                "payments-dlt",
                "0-7",
                0,
                7,
                "order-1",
                payload.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-12-06T18:00:00Z"),
                new HeaderDecoder().decode(headers),
                headers);
    }

    private static RawHeader text(String name, String value) {
        return new RawHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
