package io.eventlens.flow.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TraceQueryTest {

    @Test
    void an_empty_correlation_id_is_refused() {
        assertThatThrownBy(() -> TraceQuery.parse("correlation", "  "))
                .isInstanceOf(InvalidTraceQueryException.class)
                .hasMessage("correlation is empty; give a value to search for");
    }

    @Test
    void a_correlation_id_of_ten_kilobytes_is_refused_naming_the_limit() {
        assertThatThrownBy(() -> TraceQuery.parse("correlation", "x".repeat(10 * 1024)))
                .isInstanceOf(InvalidTraceQueryException.class)
                .hasMessage("correlation has 10240 characters; at most 1024 are allowed");
    }

    @Test
    void an_attribute_search_without_a_colon_is_refused_with_an_example() {
        assertThatThrownBy(() -> TraceQuery.parse("attr", "order.id"))
                .isInstanceOf(InvalidTraceQueryException.class)
                .hasMessageContaining("attr='order.id' has no attribute name before a colon; write KEY:VALUE");
    }

    @Test
    void an_attribute_search_splits_at_the_first_colon() {
        assertThat(TraceQuery.parse("attr", "http.url:http://x"))
                .isEqualTo(new TraceQuery.ByAttribute("http.url", "http://x"));
    }

    @Test
    void a_trace_id_must_be_32_hex_digits() {
        assertThatThrownBy(() -> TraceQuery.parse("traceId", "abc"))
                .isInstanceOf(InvalidTraceQueryException.class)
                .hasMessageContaining("'abc' is not 32 hex digits");
        assertThat(TraceQuery.parse("traceId", "0AF7651916CD43DD8448EB211C80319C"))
                .isEqualTo(new TraceQuery.ByTraceId("0af7651916cd43dd8448eb211c80319c"));
    }
}
