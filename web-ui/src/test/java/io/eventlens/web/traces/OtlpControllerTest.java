package io.eventlens.web.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.eventlens.flow.trace.CorrelationAttributes;
import io.eventlens.flow.trace.IntakeLimits;
import io.eventlens.flow.trace.OtlpDecoder;
import io.eventlens.flow.trace.SpanIntake;
import io.eventlens.flow.trace.SpanStore;
import io.eventlens.web.config.EventLensProperties;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** The intake's answers to each kind of request, with a span store that never answers (nothing lands). */
class OtlpControllerTest {

    private final CountDownLatch never = new CountDownLatch(1);
    private final SpanIntake intake = new SpanIntake(new SpanStore(blockingDataSource(), Clock.systemUTC()), 1);

    @AfterEach
    void release() {
        never.countDown();
        intake.close();
    }

    private OtlpController controller(String token, boolean demo) {
        EventLensProperties properties = new EventLensProperties(
                Path.of("data"),
                new EventLensProperties.Kafka(
                        demo ? null : "kafka:9092",
                        Map.of(),
                        Duration.ofSeconds(1),
                        new EventLensProperties.Embedded(0, 0)),
                new EventLensProperties.Redis(""),
                new EventLensProperties.Security(null, null),
                new EventLensProperties.CatalogSources(null, null),
                new EventLensProperties.Limits(EventLensProperties.Limits.DEFAULT_REQUEST_BODY),
                new EventLensProperties.Otlp(token, DataSize.ofKilobytes(64), 1),
                null);
        return new OtlpController(
                new OtlpDecoder(IntakeLimits.DEFAULT, CorrelationAttributes.DEFAULT), intake, properties);
    }

    @Test
    void a_good_protobuf_request_is_answered_with_an_empty_export_response() throws Exception {
        ResponseEntity<byte[]> answer = controller(null, true).export(request("application/x-protobuf", protobuf(1)));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(ExportTraceServiceResponse.parseFrom(answer.getBody()).hasPartialSuccess())
                .isFalse();
    }

    @Test
    void some_rejected_spans_are_reported_as_partial_success_with_count_and_reason() throws Exception {
        ExportTraceServiceRequest good = protobufRequest(2);
        ExportTraceServiceRequest.Builder mixed = good.toBuilder();
        mixed.getResourceSpansBuilder(0)
                .getScopeSpansBuilder(0)
                .addSpans(span().setSpanId(ByteString.copyFrom(new byte[8])));

        ResponseEntity<byte[]> answer = controller(null, true)
                .export(request("application/x-protobuf", mixed.build().toByteArray()));

        ExportTraceServiceResponse response = ExportTraceServiceResponse.parseFrom(answer.getBody());
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getPartialSuccess().getRejectedSpans()).isEqualTo(1);
        assertThat(response.getPartialSuccess().getErrorMessage()).contains("span id '0000000000000000' is all zeros");
    }

    @Test
    void a_request_whose_every_span_is_rejected_is_a_400() throws Exception {
        ExportTraceServiceRequest.Builder bad = protobufRequest(0).toBuilder();
        bad.getResourceSpansBuilder(0)
                .getScopeSpansBuilder(0)
                .addSpans(span().setTraceId(ByteString.copyFrom(new byte[16])));

        ResponseEntity<byte[]> answer = controller(null, true).export(request("application/json", json(bad.build())));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).contains("\"code\":3", "is all zeros");
    }

    @Test
    void an_unknown_content_type_is_a_415_naming_the_allowed_ones() throws Exception {
        ResponseEntity<byte[]> answer = controller(null, true).export(request("text/plain", "hi".getBytes()));

        assertThat(answer.getStatusCode().value()).isEqualTo(415);
        assertThat(new String(answer.getBody(), StandardCharsets.UTF_8))
                .contains("Content-Type 'text/plain' is not OTLP; send application/x-protobuf or application/json");
    }

    @Test
    void a_body_over_the_configured_maximum_is_a_413() throws Exception {
        MockHttpServletRequest big = request("application/x-protobuf", new byte[65 * 1024]);

        ResponseEntity<byte[]> answer = controller(null, true).export(big);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(statusMessage(answer)).contains("at most 65536 bytes are allowed (eventlens.otlp.max-body-size)");
    }

    @Test
    void a_body_that_says_gzip_but_is_not_is_a_400() throws Exception {
        MockHttpServletRequest request = request("application/x-protobuf", protobuf(1));
        request.addHeader("Content-Encoding", "gzip");

        ResponseEntity<byte[]> answer = controller(null, true).export(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(statusMessage(answer)).contains("says Content-Encoding: gzip but is not gzip");
    }

    @Test
    void a_gzip_body_is_taken() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(protobuf(1));
        }
        MockHttpServletRequest request = request("application/x-protobuf", zipped.toByteArray());
        request.addHeader("Content-Encoding", "gzip");

        assertThat(controller(null, true).export(request).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void a_truncated_protobuf_body_is_a_400() throws Exception {
        byte[] body = protobuf(3);

        ResponseEntity<byte[]> answer =
                controller(null, true).export(request("application/x-protobuf", Arrays.copyOf(body, body.length - 5)));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(statusMessage(answer)).contains("is not an OTLP ExportTraceServiceRequest in protobuf");
    }

    @Test
    void a_full_queue_is_a_429_with_retry_after() throws Exception {
        OtlpController controller = controller(null, true);
        List<ResponseEntity<byte[]>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(controller.export(request("application/x-protobuf", protobuf(1))));
        }

        assertThat(answers).anySatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).isEqualTo(429);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            assertThat(answer.getHeaders().getContentType()).hasToString("application/x-protobuf");
            assertThat(statusMessage(answer)).contains("the span store is behind (its queue is full)");
        });
    }

    @Test
    void a_full_queue_answers_json_senders_in_json_with_retry_after() throws Exception {
        OtlpController controller = controller(null, true);
        ExportTraceServiceRequest one = protobufRequest(1);
        List<ResponseEntity<byte[]>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(controller.export(request("application/json", json(one))));
        }

        assertThat(answers).anySatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).isEqualTo(429);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
            assertThat(answer.getHeaders().getContentType()).hasToString("application/json");
            assertThat(new String(answer.getBody(), StandardCharsets.UTF_8))
                    .contains("\"code\":8", "the span store is behind");
        });
    }

    @Test
    void outside_the_demo_the_token_is_required() throws Exception {
        OtlpController controller = controller("s3cret", false);
        MockHttpServletRequest wrong = request("application/x-protobuf", protobuf(1));
        wrong.addHeader("Authorization", "Bearer nope");
        MockHttpServletRequest right = request("application/x-protobuf", protobuf(1));
        right.addHeader("Authorization", "Bearer s3cret");

        assertThat(controller
                        .export(request("application/x-protobuf", protobuf(1)))
                        .getStatusCode()
                        .value())
                .isEqualTo(401);
        assertThat(statusMessage(controller.export(wrong))).contains("the token sent does not match");
        assertThat(controller.export(right).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void outside_the_demo_without_a_token_nothing_is_taken_and_in_the_demo_only_loopback_is() throws Exception {
        MockHttpServletRequest remote = request("application/x-protobuf", protobuf(1));
        remote.setRemoteAddr("192.0.2.7");

        assertThat(statusMessage(controller(null, false).export(request("application/x-protobuf", protobuf(1)))))
                .contains("no eventlens.otlp.token is configured");
        assertThat(statusMessage(controller(null, true).export(remote))).contains("from this machine only (loopback)");
    }

    /** The message of a google.rpc.Status, read as text (its string field is plain UTF-8 inside). */
    private static String statusMessage(ResponseEntity<byte[]> answer) {
        return new String(answer.getBody(), StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequest request(String contentType, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1/traces");
        request.setContentType(contentType);
        request.setContent(body);
        return request;
    }

    private static Span.Builder span() {
        byte[] trace = new byte[16];
        byte[] id = new byte[8];
        ThreadLocalRandom.current().nextBytes(trace);
        ThreadLocalRandom.current().nextBytes(id);
        trace[0] |= 1;
        id[0] |= 1;
        return Span.newBuilder()
                .setTraceId(ByteString.copyFrom(trace))
                .setSpanId(ByteString.copyFrom(id))
                .setName("op")
                .setStartTimeUnixNano(1)
                .setEndTimeUnixNano(2);
    }

    private static ExportTraceServiceRequest protobufRequest(int spans) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder();
        for (int i = 0; i < spans; i++) {
            scope.addSpans(span());
        }
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder().addScopeSpans(scope))
                .build();
    }

    private static byte[] protobuf(int spans) {
        return protobufRequest(spans).toByteArray();
    }

    /** OTLP JSON of a request, ids in hex as OTLP JSON wants them. */
    private static byte[] json(ExportTraceServiceRequest request) {
        StringBuilder spans = new StringBuilder();
        for (Span span : request.getResourceSpans(0).getScopeSpans(0).getSpansList()) {
            spans.append(spans.length() == 0 ? "" : ",")
                    .append("{\"traceId\":\"")
                    .append(HexFormat.of().formatHex(span.getTraceId().toByteArray()))
                    .append("\",\"spanId\":\"")
                    .append(HexFormat.of().formatHex(span.getSpanId().toByteArray()))
                    .append("\",\"name\":\"op\"}");
        }
        return ("{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[" + spans + "]}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private DataSource blockingDataSource() {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        never.await();
                        throw new SQLException("test store: released at the end of the test");
                    }
                    return null;
                });
    }
}
