package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class OrderFlowIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestSystem world;

    @BeforeAll
    static void start() throws Exception {
        world = TestSystem.onH2().start();
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @Test
    void an_order_placed_over_http_completes_through_the_saga_and_shows_its_steps() throws Exception {
        HttpResponse<String> placed = post("/orders", order("SKU-MUG", 2), null);
        assertThat(placed.statusCode()).isEqualTo(202);
        String id = EventCodec.JSON.readTree(placed.body()).path("order_id").asText();
        assertThat(placed.headers().firstValue("Location")).hasValue("/orders/" + id);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(get("/orders/" + id).path("status").asText()).isEqualTo("COMPLETED"));
        JsonNode order = get("/orders/" + id);
        assertThat(order.path("total_cents").asLong()).isEqualTo(2400);
        assertThat(order.path("saga").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(order.path("saga").path("steps"))
                .extracting(JsonNode::asText)
                .containsExactly("OrderPlaced", "PaymentCharged", "InventoryReserved", "ShipmentCreated");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(world.number("SELECT COUNT(*) FROM email_sent WHERE order_id = '" + id + "'"))
                                .isEqualTo(1));
    }

    @Test
    void the_same_idempotency_key_posted_twice_answers_with_the_first_order_and_writes_nothing_new() throws Exception {
        String key = "key-" + System.nanoTime();
        HttpResponse<String> first = post("/orders", order("SKU-TEE", 1), key);
        long orders = world.number("SELECT COUNT(*) FROM order_orders");
        long outbox = world.number("SELECT COUNT(*) FROM order_outbox");

        HttpResponse<String> second = post("/orders", order("SKU-TEE", 1), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(EventCodec.JSON.readTree(second.body()).path("order_id").asText())
                .isEqualTo(
                        EventCodec.JSON.readTree(first.body()).path("order_id").asText());
        assertThat(world.number("SELECT COUNT(*) FROM order_orders")).isEqualTo(orders);
        assertThat(world.number("SELECT COUNT(*) FROM order_outbox")).isEqualTo(outbox);
    }

    @Test
    void an_idempotency_key_reused_for_another_order_is_refused_naming_the_first_order() throws Exception {
        String key = "key-" + System.nanoTime();
        String firstId = EventCodec.JSON
                .readTree(post("/orders", order("SKU-TEE", 1), key).body())
                .path("order_id")
                .asText();

        HttpResponse<String> reused = post("/orders", order("SKU-TEE", 5), key);

        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(problem(reused).path("detail").asText())
                .isEqualTo("Idempotency-Key \"" + key + "\" was first used for order " + firstId
                        + " with a different body; use a new key for a new order");
    }

    @Test
    void bad_orders_get_problem_bodies_and_leave_no_row_behind() throws Exception {
        long orders = world.number("SELECT COUNT(*) FROM order_orders");
        long outbox = world.number("SELECT COUNT(*) FROM order_outbox");

        HttpResponse<String> malformed = post("/orders", "{\"customer\": ", null);
        HttpResponse<String> negative = post("/orders", order("SKU-MUG", -2), null);
        HttpResponse<String> unknown = post("/orders", order("SKU-NOPE", 1), null);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem(malformed).path("detail").asText()).startsWith("malformed JSON at line 1, column");
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(problem(negative).path("errors").get(0).path("pointer").asText())
                .isEqualTo("/line_items/0/quantity");
        assertThat(problem(unknown).path("detail").asText())
                .startsWith("/line_items/0/sku: unknown product \"SKU-NOPE\"");
        assertThat(problem(unknown).path("instance").asText()).isEqualTo("/orders");
        assertThat(world.number("SELECT COUNT(*) FROM order_orders")).isEqualTo(orders);
        assertThat(world.number("SELECT COUNT(*) FROM order_outbox")).isEqualTo(outbox);
    }

    @Test
    void hostile_bodies_are_400_or_415_problems_at_once_and_leave_no_row_behind() {
        long orders = world.number("SELECT COUNT(*) FROM order_orders");
        Map<String, String> bodies = Map.of(
                "nesting depth (1001)", "[".repeat(1_001) + "]".repeat(1_001),
                "Number value length (2000)", "{\"payment_token\": " + "9".repeat(2_000) + "}",
                "Name length (60000)", "{\"" + "k".repeat(60_000) + "\": 1}",
                "Duplicate field 'payment_token'", "{\"payment_token\": \"a\", \"payment_token\": \"b\"}");

        assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> { // a hang guard only
                    for (Map.Entry<String, String> body : bodies.entrySet()) {
                        HttpResponse<String> refused = post("/orders", body.getValue(), null);
                        assertThat(refused.statusCode()).as(body.getKey()).isEqualTo(400);
                        assertThat(problem(refused).path("detail").asText()).contains(body.getKey());
                    }
                    HttpResponse<String> plain = HTTP.send(
                            HttpRequest.newBuilder(URI.create(world.system.baseUrl() + "/orders"))
                                    .header("Content-Type", "text/plain")
                                    .POST(HttpRequest.BodyPublishers.ofString(order("SKU-MUG", 1)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(plain.statusCode()).isEqualTo(415);
                    assertThat(problem(plain).path("detail").asText())
                            .isEqualTo("Content-Type text/plain on /orders: allowed application/json");
                });
        assertThat(world.number("SELECT COUNT(*) FROM order_orders")).isEqualTo(orders);
    }

    @Test
    void admin_routes_without_the_token_are_401_and_change_nothing() throws Exception {
        HttpResponse<String> faults = HTTP.send(
                HttpRequest.newBuilder(URI.create(world.system.baseUrl() + "/admin/faults"))
                        .header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"warehouse_down\": true}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> poison = HTTP.send(
                HttpRequest.newBuilder(URI.create(world.system.baseUrl() + "/admin/poison?count=3"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(faults.statusCode()).isEqualTo(401);
        assertThat(poison.statusCode()).isEqualTo(401);
        assertThat(problem(poison).path("detail").asText()).startsWith("no Authorization header on /admin/poison");
        assertThat(world.system.faults().warehouseDown()).isFalse();
    }

    @Test
    void an_unknown_order_is_a_404_problem() throws Exception {
        HttpResponse<String> missing = HTTP.send(
                HttpRequest.newBuilder(URI.create(world.system.baseUrl() + "/orders/ord-nope"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(problem(missing).path("detail").asText()).isEqualTo("no order with id \"ord-nope\"");
    }

    @Test
    void sync_mode_answers_only_after_every_side_effect_is_done() throws Exception {
        HttpResponse<String> placed = post("/orders?mode=sync", order("SKU-BOOK", 1), null);

        JsonNode order = EventCodec.JSON.readTree(placed.body());
        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(order.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(order.path("mode").asText()).isEqualTo("sync");
        String id = order.path("order_id").asText();
        assertThat(world.number("SELECT COUNT(*) FROM email_sent WHERE order_id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(world.number("SELECT COUNT(*) FROM shipping_shipments WHERE order_id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(world.number("SELECT COUNT(*) FROM order_outbox WHERE record_key = '" + id + "'"))
                .isZero();
    }

    @Test
    void one_order_is_two_traces_joined_by_links_with_the_correlation_id_on_each_span() throws Exception {
        String id = EventCodec.JSON
                .readTree(post("/orders", order("SKU-STICKER", 3), null).body())
                .path("order_id")
                .asText();
        String emailJobs = "process " + world.topic("email-jobs");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(spansOf(id))
                        .extracting(SpanData::getName)
                        .contains(
                                "POST /orders",
                                "send " + world.topic("orders"),
                                "process " + world.topic("orders"),
                                "send " + world.topic("payment-commands"),
                                "process " + world.topic("payment-commands"),
                                "send " + world.topic("inventory-commands"),
                                "send " + world.topic("shipping-commands"),
                                "process " + world.topic("shipments"),
                                emailJobs));

        List<SpanData> spans = spansOf(id);
        String orderTrace = named(spans, "POST /orders").getTraceId();
        SpanData email = named(spans, emailJobs);
        assertThat(spans)
                .filteredOn(span -> !span.getName().equals(emailJobs))
                .extracting(SpanData::getTraceId)
                .containsOnly(orderTrace);
        assertThat(email.getTraceId()).isNotEqualTo(orderTrace);
        assertThat(email.getLinks())
                .anySatisfy(
                        link -> assertThat(link.getSpanContext().getTraceId()).isEqualTo(orderTrace));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(world.spans.getFinishedSpanItems())
                        .filteredOn(span -> span.getSpanId().equals(email.getParentSpanId()))
                        .singleElement()
                        .satisfies(batch -> {
                            assertThat(batch.getName()).isEqualTo("receive " + world.topic("email-jobs"));
                            assertThat(batch.getParentSpanContext().isValid()).isFalse();
                            assertThat(batch.getLinks())
                                    .anySatisfy(link -> assertThat(
                                                    link.getSpanContext().getTraceId())
                                            .isEqualTo(orderTrace));
                        }));
        assertThat(spans)
                .filteredOn(span -> span.getName().equals("process " + world.topic("payment-commands")))
                .first()
                .satisfies(span -> assertThat(
                                span.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")))
                        .isEqualTo(world.prefix + "payment-service"));
    }

    private static SpanData named(List<SpanData> spans, String name) {
        return spans.stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private static List<SpanData> spansOf(String orderId) {
        return world.spans.getFinishedSpanItems().stream()
                .filter(span -> orderId.equals(span.getAttributes().get(AttributeKey.stringKey("correlation.id"))))
                .toList();
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        return EventCodec.JSON.readTree(response.body());
    }

    static String order(String sku, int quantity) {
        return "{\"customer\":{\"id\":\"c-1\",\"email\":\"ada@example.com\",\"name\":\"Ada\"},"
                + "\"line_items\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}],"
                + "\"payment_token\":\"tok_visa\"}";
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(world.system.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws Exception {
        return EventCodec.JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create(world.system.baseUrl() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }
}
