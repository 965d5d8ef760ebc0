package io.eventlens.flow.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Tempo runs here: these answers are written by us in the shapes Tempo's HTTP API documents
 * ({@code GET /api/search} with TraceQL answering {"traces":[{"traceID",...}]}, {@code GET
 * /api/traces/<id>} answering OTLP JSON under "batches", ids in base64), served by a loopback server.
 */
class TempoTraceSourceTest {

    private static final String PRODUCER = "5b8aa5a2d2c872e8321cf37308d69df2";
    private static final String BATCH = "0af7651916cd43dd8448eb211c80319c";

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    private static String trace(String traceId, String spanId, String service, String extra) {
        return """
                {"batches":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"%s"}}]},
                 "scopeSpans":[{"scope":{"name":"tempo-test"},"spans":[{"traceId":"%s","spanId":"%s",
                  "name":"work","kind":"SPAN_KIND_CONSUMER","startTimeUnixNano":"1733486400000000000",
                  "endTimeUnixNano":"1733486400100000000",%s
                  "attributes":[{"key":"correlation.id","value":{"stringValue":"order-7"}}]}]}]}]}
                """.formatted(service, base64(traceId), base64(spanId), extra);
    }

    @Test
    void a_correlation_search_runs_traceql_over_every_correlation_name_and_follows_links_backwards() {
        String producerTrace = trace(PRODUCER, "051581bf3cb55c13", "order-service", "");
        String batchTrace = trace(
                BATCH,
                "b7ad6b7169203331",
                "email-service",
                "\"links\":[{\"traceId\":\"" + base64(PRODUCER) + "\",\"spanId\":\"" + base64("051581bf3cb55c13")
                        + "\"}],");
        try (RecordedBackend tempo = new RecordedBackend()
                .answer(
                        "/api/search?q={ .correlation_id = \"order-7\" ||",
                        "{\"traces\":[{\"traceID\":\"" + PRODUCER + "\",\"rootServiceName\":\"order-service\"}]}")
                .answer(
                        "/api/search?q={ link:traceID = \"" + PRODUCER + "\" }",
                        "{\"traces\":[{\"traceID\":\"" + BATCH.substring(1) + "\"}]}")
                .answer("/api/search?q={ link:traceID", "{\"traces\":[]}")
                .answer("/api/traces/" + PRODUCER, producerTrace)
                .answer("/api/traces/" + BATCH, batchTrace)) {
            TempoTraceSource source = new TempoTraceSource(
                    tempo.url(),
                    CorrelationAttributes.DEFAULT,
                    Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC),
                    Duration.ofHours(1));

            List<BusinessAction> actions = new CorrelationSearch(source, CorrelationAttributes.DEFAULT)
                    .search(new TraceQuery.ByCorrelation("order-7"), 10);

            assertThat(actions).singleElement().satisfies(action -> {
                assertThat(action.traceIds()).containsExactly(PRODUCER, BATCH);
                assertThat(action.services()).containsExactly("order-service", "email-service");
                assertThat(action.spans())
                        .allSatisfy(span -> assertThat(span.kind()).isEqualTo(SpanKind.CONSUMER));
            });
            assertThat(tempo.requests())
                    .anySatisfy(request -> assertThat(request)
                            .contains(".correlation.id = \"order-7\"")
                            .contains("start="
                                    + (Instant.parse("2026-12-06T11:00:00Z").getEpochSecond())));
        }
    }
}
