package io.eventlens.web.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.messaging.EventConsumer;
import io.eventlens.reference.messaging.KafkaClients;
import io.eventlens.reference.messaging.RecordProcessor;
import io.eventlens.reference.messaging.RetryPolicy;
import io.eventlens.reference.messaging.TopicSetup;
import io.eventlens.reference.tracing.Telemetry;
import io.eventlens.web.kafka.KafkaConnection;
import io.eventlens.web.ui.BrowserTestBase;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OTLP intake fed by the real OpenTelemetry SDK (its HTTP exporter for protobuf, its own OTLP
 * JSON marshaler for JSON), the search REST contract, and the demo's reference system followed
 * from an order to its waterfall in a real browser.
 */
class TracesIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = Long.toHexString(System.nanoTime());
    private static final String AUDIT_TOPIC = "audit-" + RUN;

    @Autowired
    private KafkaConnection kafka;

    /** A documented consumer that never runs: the audit service of this document receives AUDIT_TOPIC. */
    @DynamicPropertySource
    static void catalogFolder(DynamicPropertyRegistry registry) throws Exception {
        Path folder = Files.createTempDirectory("eventlens-traces-");
        Files.writeString(folder.resolve("audit.yaml"), """
                asyncapi: 3.0.0
                info: {title: Audit trail, version: 1.0.0, x-service-id: it-audit-%s}
                channels:
                  audit:
                    address: %s
                    messages:
                      Audited: {payload: {type: object}}
                operations:
                  receiveAudit:
                    action: receive
                    channel: {$ref: '#/channels/audit'}
                """.formatted(RUN, AUDIT_TOPIC));
        registry.add("eventlens.catalog.folders", folder::toString);
    }

    @Test
    void spans_sent_by_the_sdk_exporter_in_protobuf_are_found_by_correlation_id() throws Exception {
        String correlation = "it-proto-" + UUID.randomUUID();
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(service("it-proto-service"))
                .addSpanProcessor(SimpleSpanProcessor.create(OtlpHttpSpanExporter.builder()
                        .setEndpoint(base() + "v1/traces")
                        .setCompression("gzip")
                        .build()))
                .build();
        Span parent = provider.get("it")
                .spanBuilder("POST /orders")
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("correlation.id", correlation)
                .startSpan();
        Span child = provider.get("it")
                .spanBuilder("send orders")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(Context.root().with(parent))
                .setAttribute("messaging.message.conversation_id", correlation)
                .setAttribute("messaging.destination.name", "orders")
                .startSpan();
        child.setStatus(StatusCode.ERROR, "broker said no");
        child.recordException(new IllegalStateException("broker said no"));
        child.end();
        parent.end();
        assertThat(provider.shutdown().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();

        JsonNode action = awaitAction("correlation=" + correlation);

        assertThat(action.path("correlationId").asText()).isEqualTo(correlation);
        assertThat(action.path("services")).extracting(JsonNode::asText).containsExactly("it-proto-service");
        assertThat(action.path("traceIds")).hasSize(1);
        JsonNode send = action.path("spans").get(1);
        assertThat(send.path("name").asText()).isEqualTo("send orders");
        assertThat(send.path("kind").asText()).isEqualTo("PRODUCER");
        assertThat(send.path("status").asText()).isEqualTo("ERROR");
        assertThat(send.path("parentSpanId").asText())
                .isEqualTo(parent.getSpanContext().getSpanId());
        assertThat(send.path("events").get(0).path("name").asText()).isEqualTo("exception");
        assertThat(send.path("attributes").path("messaging.destination.name").asText())
                .isEqualTo("orders");
    }

    @Test
    void spans_in_otlp_json_written_by_the_sdk_marshaler_are_found_by_correlation_id_with_hex_ids() throws Exception {
        String correlation = "it-json-" + UUID.randomUUID();
        List<SpanData> finished = new CopyOnWriteArrayList<>();
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(service("it-json-service"))
                .addSpanProcessor(SimpleSpanProcessor.create(collecting(finished)))
                .build();
        Span span = provider.get("it")
                .spanBuilder("process orders")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("correlation_id", correlation)
                .startSpan();
        span.end();
        provider.shutdown().join(5, TimeUnit.SECONDS);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        TraceRequestMarshaler.create(finished).writeJsonTo(json);
        assertThat(json.toString(StandardCharsets.UTF_8))
                .contains(span.getSpanContext().getTraceId());

        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "v1/traces"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{}");

        JsonNode action = awaitAction("correlation=" + correlation);
        assertThat(action.path("traceIds").get(0).asText())
                .isEqualTo(span.getSpanContext().getTraceId());
        assertThat(action.path("spans").get(0).path("spanId").asText())
                .isEqualTo(span.getSpanContext().getSpanId());
    }

    @Test
    void a_refused_request_stores_none_of_its_spans() throws Exception {
        String refused = "it-refused-" + UUID.randomUUID();
        String accepted = "it-accepted-" + UUID.randomUUID();
        byte[] body = sdkProtobuf(refused, 3);
        byte[] oversized = Arrays.copyOf(body, 16 * 1024 * 1024 + 1); // over eventlens.otlp.max-body-size

        assertThat(post(Arrays.copyOf(body, body.length - 7), "application/x-protobuf", null))
                .as("truncated protobuf")
                .isEqualTo(400);
        assertThat(post(body, "application/x-protobuf", "gzip"))
                .as("says gzip, is not")
                .isEqualTo(400);
        assertThat(post(body, "text/plain", null)).as("unknown content type").isEqualTo(415);
        // sent chunked (no Content-Length): the intake reads up to its maximum, then refuses; a body refused
        // by its declared length alone is answered before it is read, which the unit test covers
        HttpRequest.BodyPublisher chunked =
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversized));
        assertThat(post(chunked, "application/x-protobuf", null))
                .as("too large")
                .isEqualTo(413);
        assertThat(post(sdkProtobuf(accepted, 2), "application/x-protobuf", null))
                .isEqualTo(200);

        // one writer stores requests in the order taken: once the later good request is stored, any part
        // of the refused ones that had been taken would be too
        assertThat(awaitAction("correlation=" + accepted).path("spans")).hasSize(2);
        assertThat(api("/api/traces?correlation=" + refused).path("actions")).isEmpty();
    }

    /** OTLP protobuf of {@code spans} SDK spans of one trace, all carrying this correlation id. */
    private static byte[] sdkProtobuf(String correlation, int spans) throws Exception {
        List<SpanData> finished = new CopyOnWriteArrayList<>();
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(service("it-intake-service"))
                .addSpanProcessor(SimpleSpanProcessor.create(collecting(finished)))
                .build();
        Span root = provider.get("it").spanBuilder("POST /orders").startSpan();
        for (int i = 1; i < spans; i++) {
            provider.get("it")
                    .spanBuilder("step " + i)
                    .setParent(Context.root().with(root))
                    .setAttribute("correlation.id", correlation)
                    .startSpan()
                    .end();
        }
        root.setAttribute("correlation.id", correlation).end();
        provider.shutdown().join(5, TimeUnit.SECONDS);
        ByteArrayOutputStream protobuf = new ByteArrayOutputStream();
        TraceRequestMarshaler.create(finished).writeBinaryTo(protobuf);
        return protobuf.toByteArray();
    }

    private int post(byte[] body, String contentType, String contentEncoding) throws Exception {
        return post(HttpRequest.BodyPublishers.ofByteArray(body), contentType, contentEncoding);
    }

    private int post(HttpRequest.BodyPublisher body, String contentType, String contentEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "v1/traces"))
                .header("Content-Type", contentType)
                .POST(body);
        if (contentEncoding != null) {
            request.header("Content-Encoding", contentEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void bad_searches_are_400_problems_naming_the_value() throws Exception {
        assertThat(problem("correlation=")).contains("correlation is empty");
        assertThat(problem("correlation=" + "x".repeat(10 * 1024))).contains("10240 characters; at most 1024");
        assertThat(problem("attr=order.id")).contains("write KEY:VALUE");
        assertThat(problem("limit=5")).contains("give exactly one of correlation, traceId, key, attr");
    }

    @Test
    void an_order_posted_to_the_demo_is_one_waterfall_across_services_and_linked_traces() throws Exception {
        String reference =
                api("/api/status").path("referenceSystem").path("url").asText();
        assertThat(reference).startsWith("http://");
        String orderId = completedOrder(reference);

        browser.open(base() + "traces?correlation=" + orderId).logIn("viewer", "viewer");
        await().atMost(Duration.ofSeconds(150)) // slow demo mail server (3 s a mail), spans exported every 5 s
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    browser.open(base() + "traces?correlation=" + orderId);
                    browser.waitFor(By.className("trace-store"));
                    List<WebElement> rows = browser.driver().findElements(By.className("span-row"));
                    assertThat(rows.stream()
                                    .map(r -> r.getAttribute("data-service"))
                                    .distinct()
                                    .count())
                            .isGreaterThanOrEqualTo(4);
                    assertThat(rows.stream()
                                    .map(r -> r.getAttribute("data-trace"))
                                    .distinct()
                                    .count())
                            .isGreaterThanOrEqualTo(2);
                    assertThat(rows.stream().map(r -> r.getAttribute("data-service")))
                            .contains("email-worker");
                });
        assertThat(browser.driver().findElements(By.className("action-timeline")))
                .hasSize(1);
        assertThat(browser.waitFor(By.className("action-title")).getText()).contains(orderId);
        browser.screenshot("traces-order-waterfall");
        browser.script("document.querySelector('.span-row[data-service=\"email-worker\"]')"
                + ".scrollIntoView({block: 'center'})");
        browser.screenshot("traces-order-linked-email-batch");
    }

    @Test
    void drift_shows_a_consumer_seen_but_not_documented_and_a_documented_one_that_never_ran() throws Exception {
        // the undocumented consumer: a real consumer group "it-fraud-<run>" on the embedded broker, built as
        // the reference system builds its consumers (RecordProcessor's "process <topic>" spans, ADR 0010),
        // exporting to this EventLens's intake
        String group = "it-fraud-" + RUN;
        KafkaClients clients = new KafkaClients(kafka.clientProperties());
        TopicSetup.ensure(clients, List.of(AUDIT_TOPIC), 1);
        CountDownLatch handled = new CountDownLatch(1);
        RetryPolicy noRetries = new RetryPolicy(List.of(), 1, 1);
        try (Telemetry telemetry = Telemetry.otlp(base() + "v1/traces");
                KafkaProducer<String, byte[]> producer = clients.producer(group + "-producer")) {
            EventConsumer consumer = new EventConsumer(
                    clients.consumer(group, group),
                    group,
                    List.of(AUDIT_TOPIC),
                    noRetries,
                    new RecordProcessor(group, event -> handled.countDown(), noRetries, producer, telemetry));
            Thread loop = new Thread(consumer, group);
            loop.start();
            try {
                EventEnvelope audited = EventEnvelope.create(
                        "Audited", "it-test", "it-audit-" + RUN, null, JSON.createObjectNode(), Instant.now());
                producer.send(new ProducerRecord<>(AUDIT_TOPIC, "k-" + RUN, EventCodec.encode(audited)))
                        .get(10, TimeUnit.SECONDS);
                assertThat(handled.await(60, TimeUnit.SECONDS))
                        .as("the consumer took the record")
                        .isTrue();
            } finally {
                consumer.stop();
                loop.join(10_000);
            }
        } // closing the telemetry flushes the consumer's span to the intake

        JsonNode drift = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> api("/api/flows?source=drift&since=PT10M&format=json"),
                        body -> body.path("findings").toString().contains("it-fraud-" + RUN));

        assertThat(drift.path("findings"))
                .extracting(
                        f -> f.path("kind").asText() + ": " + f.path("detail").asText())
                .contains(
                        "undocumented-flow: consumer it-fraud-" + RUN + " of " + AUDIT_TOPIC
                                + ": seen in traces but not documented",
                        "unobserved-flow: consumer it-audit-" + RUN + " of " + AUDIT_TOPIC
                                + ": documented but not seen in traces");
        assertThat(drift.path("nodes"))
                .extracting(n -> n.path("id").asText())
                .contains("service:it-fraud-" + RUN, "service:it-audit-" + RUN, "channel:" + AUDIT_TOPIC);
        JsonNode observed = api("/api/flows?source=observed&since=PT10M&format=json");
        assertThat(observed.path("edges"))
                .extracting(e -> e.path("from").asText() + " -> " + e.path("to").asText())
                .contains("channel:" + AUDIT_TOPIC + " -> service:it-fraud-" + RUN);
        assertThat(get("/api/flows?source=drift&since=yesterday").statusCode()).isEqualTo(400);
    }

    /** Posts orders to the reference system until one completes (the demo declines a few on purpose). */
    private static String completedOrder(String reference) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> placed = HTTP.send(
                    HttpRequest.newBuilder(URI.create(reference + "/orders"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"customer\":{\"id\":\"c-it\","
                                    + "\"email\":\"ada@example.com\",\"name\":\"Ada\"},\"line_items\":[{\"sku\":"
                                    + "\"SKU-MUG\",\"quantity\":1}],\"payment_token\":\"tok_visa\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = JSON.readTree(placed.body()).path("order_id").asText();
            String status = await().atMost(Duration.ofSeconds(60))
                    .until(() -> orderStatus(reference, id), s -> !s.equals("PENDING") && !s.isEmpty());
            if (status.equals("COMPLETED")) {
                return id;
            }
        }
        throw new AssertionError("no order of five completed in the demo");
    }

    private static String orderStatus(String reference, String id) throws Exception {
        HttpResponse<String> order = HTTP.send(
                HttpRequest.newBuilder(URI.create(reference + "/orders/" + id))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return order.statusCode() == 200
                ? JSON.readTree(order.body()).path("status").asText()
                : "";
    }

    private JsonNode awaitAction(String query) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> api("/api/traces?" + query).path("actions"), actions -> actions.size() == 1)
                .get(0);
    }

    private String problem(String query) throws Exception {
        String encoded = query.contains("=")
                ? query.substring(0, query.indexOf('=') + 1)
                        + URLEncoder.encode(query.substring(query.indexOf('=') + 1), StandardCharsets.UTF_8)
                : query;
        HttpResponse<String> answer = get("/api/traces?" + encoded);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return answer.body();
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path.substring(1)))
                        .header("Authorization", "Basic " + basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Resource service(String name) {
        return Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), name));
    }

    private static SpanExporter collecting(List<SpanData> into) {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                into.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
