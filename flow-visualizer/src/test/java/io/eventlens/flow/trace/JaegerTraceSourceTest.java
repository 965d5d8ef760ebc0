package io.eventlens.flow.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Jaeger runs here: these answers are written by us in the shape Jaeger's api_v3 documents
 * (jaeger-idl {@code query_service.proto}, HTTP through grpc-gateway: OTLP JSON under "result", hex
 * ids), served by a loopback server.
 */
class JaegerTraceSourceTest {

    static final String TRACE_A = "5b8aa5a2d2c872e8321cf37308d69df2";
    static final String TRACE_B = "0af7651916cd43dd8448eb211c80319c";

    static final String TRACE_A_JSON = """
            {"result":{"resourceSpans":[{"resource":{"attributes":[
              {"key":"service.name","value":{"stringValue":"order-service"}}]},
             "scopeSpans":[{"scope":{"name":"io.eventlens.reference.orders"},"spans":[
              {"traceId":"5b8aa5a2d2c872e8321cf37308d69df2","spanId":"051581bf3cb55c13","name":"send orders",
               "kind":4,"startTimeUnixNano":"1733486400000000000","endTimeUnixNano":"1733486400002000000",
               "attributes":[{"key":"correlation.id","value":{"stringValue":"order-42"}},
                             {"key":"messaging.destination.name","value":{"stringValue":"orders"}}],
               "status":{}}]}]}]}}
            """;

    static final String TRACE_B_JSON = """
            {"result":{"resourceSpans":[{"resource":{"attributes":[
              {"key":"service.name","value":{"stringValue":"email-service"}}]},
             "scopeSpans":[{"scope":{"name":"io.eventlens.reference.email"},"spans":[
              {"traceId":"0af7651916cd43dd8448eb211c80319c","spanId":"b7ad6b7169203331","name":"process email-jobs",
               "kind":5,"startTimeUnixNano":"1733486401000000000","endTimeUnixNano":"1733486401500000000",
               "attributes":[{"key":"correlation.id","value":{"stringValue":"order-42"}}],
               "links":[{"traceId":"5b8aa5a2d2c872e8321cf37308d69df2","spanId":"051581bf3cb55c13"}],
               "status":{"code":2,"message":"mail server down"}}]}]}]}}
            """;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_correlation_search_asks_api_v3_by_attribute_and_follows_the_link_to_the_producer() {
        try (RecordedBackend jaeger = new RecordedBackend()
                .answer("/api/v3/traces?query.attributes={\"correlation_id\"", "{\"result\":{}}")
                .answer("/api/v3/traces?query.attributes={\"correlation.id\":\"order-42\"}", TRACE_B_JSON)
                .answer("/api/v3/traces/" + TRACE_A, TRACE_A_JSON)
                .answer("/api/v3/traces/" + TRACE_B, TRACE_B_JSON)) {
            JaegerTraceSource source =
                    new JaegerTraceSource(jaeger.url(), CorrelationAttributes.DEFAULT, clock, Duration.ofHours(1));

            List<BusinessAction> actions = new CorrelationSearch(source, CorrelationAttributes.DEFAULT)
                    .search(new TraceQuery.ByCorrelation("order-42"), 10);

            assertThat(actions).singleElement().satisfies(action -> {
                assertThat(action.traceIds()).containsExactly(TRACE_A, TRACE_B);
                assertThat(action.services()).containsExactly("order-service", "email-service");
                assertThat(action.failed()).isTrue();
            });
            assertThat(jaeger.requests())
                    .anySatisfy(request -> assertThat(request)
                            .startsWith("/api/v3/traces?query.attributes={\"correlation.id\":\"order-42\"}")
                            .contains("query.startTimeMin=2026-12-06T11:00:00Z")
                            .contains("query.startTimeMax=2026-12-06T12:00:00Z"));
        }
    }

    @Test
    void a_jaeger_that_answers_an_error_is_named_with_its_answer() {
        try (RecordedBackend jaeger = new RecordedBackend().answer("/api/v3/traces?", "not json {")) {
            JaegerTraceSource source =
                    new JaegerTraceSource(jaeger.url(), CorrelationAttributes.DEFAULT, clock, Duration.ofHours(1));

            assertThatThrownBy(() -> source.findTraces(new TraceQuery.ByKey("k"), 5))
                    .isInstanceOf(TraceSourceException.class)
                    .hasMessageContaining("Jaeger at " + jaeger.url() + "/api/v3/traces?");
        }
    }
}
