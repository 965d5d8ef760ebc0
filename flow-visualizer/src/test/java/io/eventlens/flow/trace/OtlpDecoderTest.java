package io.eventlens.flow.trace;

import static io.eventlens.flow.trace.OtlpRequests.attribute;
import static io.eventlens.flow.trace.OtlpRequests.randomHex;
import static io.eventlens.flow.trace.OtlpRequests.request;
import static io.eventlens.flow.trace.OtlpRequests.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class OtlpDecoderTest {

    private final OtlpDecoder decoder = new OtlpDecoder(IntakeLimits.DEFAULT, CorrelationAttributes.DEFAULT);
    private final String traceId = randomHex(16);
    private final String spanId = randomHex(8);

    @Test
    void a_protobuf_span_keeps_its_ids_service_scope_attributes_events_and_links() {
        String linkedTrace = randomHex(16);
        Span.Builder span = span(traceId, spanId, "process orders")
                .setKind(Span.SpanKind.SPAN_KIND_CONSUMER)
                .addAttributes(attribute("messaging.destination.name", "orders"))
                .addAttributes(attribute("correlation.id", "order-1"))
                .addEvents(Span.Event.newBuilder().setName("exception").addAttributes(attribute("exception.type", "X")))
                .addLinks(Span.Link.newBuilder()
                        .setTraceId(OtlpRequests.id(linkedTrace))
                        .setSpanId(OtlpRequests.id(randomHex(8))));
        span.getStatusBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR);

        OtlpBatch batch = decoder.decode(request("billing", span.build()).toByteArray(), OtlpDecoder.Encoding.PROTOBUF);

        assertThat(batch.rejectedSpans()).isZero();
        TraceSpan decoded = batch.spans().get(0);
        assertThat(decoded.traceId()).isEqualTo(traceId);
        assertThat(decoded.spanId()).isEqualTo(spanId);
        assertThat(decoded.parentSpanId()).isEmpty();
        assertThat(decoded.service()).isEqualTo("billing");
        assertThat(decoded.scope()).isEqualTo("test-scope 1.0");
        assertThat(decoded.kind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(decoded.failed()).isTrue();
        assertThat(decoded.correlationId()).isEqualTo("order-1");
        assertThat(decoded.events()).extracting(SpanEvent::name).containsExactly("exception");
        assertThat(decoded.links()).extracting(SpanLink::traceId).containsExactly(linkedTrace);
        assertThat(decoded.durationMicros()).isEqualTo(5_000);
    }

    @Test
    void otlp_json_reads_ids_as_hex_not_base64() {
        String json = json(traceId.toUpperCase(), spanId);

        OtlpBatch batch = decoder.decode(json.getBytes(StandardCharsets.UTF_8), OtlpDecoder.Encoding.JSON);

        assertThat(batch.spans()).singleElement().satisfies(span -> {
            assertThat(span.traceId()).isEqualTo(traceId);
            assertThat(span.spanId()).isEqualTo(spanId);
            assertThat(span.kind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.attributes()).containsEntry("count", "42").containsEntry("tags", "[\"a\",\"b\"]");
            assertThat(span.correlationId()).isEqualTo("c-json");
        });
    }

    @Test
    void otlp_json_with_base64_ids_is_rejected_saying_ids_are_hex() {
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(traceId));

        OtlpBatch batch =
                decoder.decode(json(base64, spanId).getBytes(StandardCharsets.UTF_8), OtlpDecoder.Encoding.JSON);

        assertThat(batch.spans()).isEmpty();
        assertThat(batch.rejectedSpans()).isEqualTo(1);
        assertThat(batch.rejection()).contains("traceId '" + base64 + "' is not 32 hex digits", "hex, not base64");
    }

    @Test
    void a_truncated_protobuf_body_is_refused_whole() {
        byte[] body = request("svc", span(traceId, spanId, "x").build()).toByteArray();
        byte[] truncated = Arrays.copyOf(body, body.length - 3);

        assertThatThrownBy(() -> decoder.decode(truncated, OtlpDecoder.Encoding.PROTOBUF))
                .isInstanceOf(OtlpDecodeException.class)
                .hasMessageContaining("is not an OTLP ExportTraceServiceRequest in protobuf")
                .hasMessageContaining("nothing was stored");
    }

    @Test
    void an_all_zero_trace_id_rejects_its_span_and_keeps_the_others() {
        Span zero = span("0".repeat(32), spanId, "zero").build();
        Span good = span(traceId, randomHex(8), "good").build();

        OtlpBatch batch = decoder.decode(request("svc", zero, good).toByteArray(), OtlpDecoder.Encoding.PROTOBUF);

        assertThat(batch.spans()).extracting(TraceSpan::name).containsExactly("good");
        assertThat(batch.rejectedSpans()).isEqualTo(1);
        assertThat(batch.rejection())
                .contains("span 'zero' of service 'svc': trace id '" + "0".repeat(32) + "' is all zeros");
    }

    @Test
    void a_span_id_of_the_wrong_length_is_rejected_naming_the_allowed_length() {
        Span shortId = span(traceId, spanId, "short")
                .setSpanId(ByteString.copyFrom(new byte[] {1, 2, 3}))
                .build();

        OtlpBatch batch = decoder.decode(request("svc", shortId).toByteArray(), OtlpDecoder.Encoding.PROTOBUF);

        assertThat(batch.spans()).isEmpty();
        assertThat(batch.rejection()).contains("span id '010203' has 3 bytes; OTLP allows exactly 8 (16 hex digits)");
    }

    @Test
    void a_span_with_100000_attributes_is_rejected_by_count() {
        Span.Builder huge = span(traceId, spanId, "huge");
        for (int i = 0; i < 100_000; i++) {
            huge.addAttributes(attribute("a" + i, "v"));
        }

        OtlpBatch batch = decoder.decode(request("svc", huge.build()).toByteArray(), OtlpDecoder.Encoding.PROTOBUF);

        assertThat(batch.spans()).isEmpty();
        assertThat(batch.rejection()).contains("span 'huge' of service 'svc' has 100000 attributes; at most 1024");
    }

    @Test
    void an_attribute_value_of_one_megabyte_is_rejected_naming_the_attribute() {
        Span big = span(traceId, spanId, "big")
                .addAttributes(attribute("payload", "x".repeat(1024 * 1024)))
                .build();

        OtlpBatch batch = decoder.decode(request("svc", big).toByteArray(), OtlpDecoder.Encoding.PROTOBUF);

        assertThat(batch.spans()).isEmpty();
        assertThat(batch.rejection())
                .contains("attribute 'payload' has a value of 1048576 characters; at most 65536 are allowed");
    }

    @Test
    void a_body_that_says_gzip_but_is_not_is_refused() {
        byte[] plain = request("svc", span(traceId, spanId, "x").build()).toByteArray();

        assertThatThrownBy(() -> OtlpDecoder.gunzip(plain, 1 << 20))
                .isInstanceOf(OtlpDecodeException.class)
                .hasMessageContaining("says Content-Encoding: gzip but is not gzip");
    }

    @Test
    void a_gzip_body_is_inflated_and_one_that_inflates_past_the_maximum_is_too_large() throws IOException {
        byte[] plain = request("svc", span(traceId, spanId, "x").build()).toByteArray();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(plain);
        }

        assertThat(OtlpDecoder.gunzip(zipped.toByteArray(), 1 << 20)).isEqualTo(plain);
        assertThatThrownBy(() -> OtlpDecoder.gunzip(zipped.toByteArray(), 10))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessageContaining("more than 10 bytes");
    }

    @Test
    void the_correlation_id_is_found_under_old_and_new_names_and_on_the_resource() {
        Span newName = span(traceId, randomHex(8), "new")
                .addAttributes(attribute("messaging.message.conversation_id", "c-new"))
                .build();
        Span oldName = span(traceId, randomHex(8), "old")
                .addAttributes(attribute("messaging.conversation_id", "c-old"))
                .build();
        Span plain = span(traceId, randomHex(8), "plain")
                .addAttributes(attribute("correlation_id", "c-plain"))
                .build();

        OtlpBatch batch =
                decoder.decode(request("svc", newName, oldName, plain).toByteArray(), OtlpDecoder.Encoding.PROTOBUF);

        assertThat(batch.spans()).extracting(TraceSpan::correlationId).containsExactly("c-new", "c-old", "c-plain");
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_where_it_broke() {
        assertThatThrownBy(() -> decoder.decode(
                        "{\"resourceSpans\": [".getBytes(StandardCharsets.UTF_8), OtlpDecoder.Encoding.JSON))
                .isInstanceOf(OtlpDecodeException.class)
                .hasMessageContaining("is not valid JSON")
                .hasMessageContaining("line 1");
    }

    private static String json(String traceId, String spanId) {
        return """
                {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"web"}}]},
                 "scopeSpans":[{"scope":{"name":"s"},"spans":[{"traceId":"%s","spanId":"%s","name":"GET /",
                 "kind":2,"startTimeUnixNano":"1700000000000000000","endTimeUnixNano":"1700000000001000000",
                 "attributes":[{"key":"count","value":{"intValue":"42"}},
                  {"key":"tags","value":{"arrayValue":{"values":[{"stringValue":"a"},{"stringValue":"b"}]}}},
                  {"key":"correlation_id","value":{"stringValue":"c-json"}}],
                 "status":{"code":0},"unknownField":true}]}]}]}
                """.formatted(traceId, spanId);
    }
}
