package io.eventlens.dlq.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadViewTest {

    private final PiiMasker masker = new PiiMasker(List.of("$..email", "$.customer.name", "$.items[*].card"));

    @Test
    void json_is_pretty_printed_with_configured_paths_masked_at_any_depth() {
        PayloadView view = PayloadView.of(
                bytes("{\"customer\":{\"name\":\"Ada\",\"email\":\"ada@example.org\"},\"items\":[{\"card\":\"4111\"}],"
                        + "\"note\":{\"email\":\"x@y.z\"}}"),
                masker);

        assertThat(view.kind()).isEqualTo(PayloadView.Kind.JSON);
        assertThat(view.text())
                .doesNotContain("Ada", "ada@example.org", "4111", "x@y.z")
                .contains("\"name\" : \"***\"");
        assertThat(view.json().path("customer").path("name").asText()).isEqualTo("Ada");
    }

    @Test
    void text_that_is_not_json_is_shown_as_text_with_where_parsing_stopped() {
        PayloadView view = PayloadView.of(bytes("not json at all"), masker);

        assertThat(view.kind()).isEqualTo(PayloadView.Kind.TEXT);
        assertThat(view.text()).isEqualTo("not json at all");
        assertThat(view.note()).startsWith("not JSON: Unrecognized token 'not'").contains("at line 1, column");
    }

    @Test
    void truncated_json_is_text_with_the_reason() {
        PayloadView view = PayloadView.of(bytes("{\"event_type\": \"OrderPlaced\", \"data\": {\"order_id\": "), masker);

        assertThat(view.kind()).isEqualTo(PayloadView.Kind.TEXT);
        assertThat(view.note()).startsWith("not JSON:");
    }

    @Test
    void binary_bytes_are_a_hex_dump() {
        PayloadView view = PayloadView.of(new byte[] {(byte) 0xc3, 0x28, 0x00, 0x7f}, masker);

        assertThat(view.kind()).isEqualTo(PayloadView.Kind.BINARY);
        assertThat(view.text()).isEqualTo("0000  c3 28 00 7f\n");
        assertThat(view.note()).isEqualTo("binary: 4 bytes, not UTF-8 text");
    }

    @Test
    void a_tombstone_is_empty_not_an_error() {
        assertThat(PayloadView.of(null, masker).kind()).isEqualTo(PayloadView.Kind.EMPTY);
    }

    @Test
    void error_groups_hide_ids_numbers_and_quoted_values() {
        assertThat(ErrorGroups.keyOf(MessageFilterTest.message("{}").headers()))
                .isEqualTo("io.eventlens.reference.event.PoisonEventException: event <uuid> has no field '…'");
        assertThat(ErrorGroups.pattern("order 42 failed after 3 tries")).isEqualTo("order # failed after # tries");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
