package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.kafka.KafkaBrokerExtension;

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

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get("/orders/" + id).path("status").asText()).isEqualTo("COMPLETED"));
        JsonNode order = get("/orders/" + id);
        assertThat(order.path("total_cents").asLong()).isEqualTo(2400);
        assertThat(order.path("saga").path("state").asText()).isEqualTo("COMPLETED");
        assertThat(order.path("saga").path("steps")).extracting(JsonNode::asText)
                .containsExactly("OrderPlaced", "PaymentCharged", "InventoryReserved", "ShipmentCreated");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                world.number("SELECT COUNT(*) FROM email_sent WHERE order_id = '" + id + "'")).isEqualTo(1));
    }

    static String order(String sku, int quantity) {
        return "{\"customer\":{\"id\":\"c-1\",\"email\":\"ada@example.com\",\"name\":\"Ada\"},"
                + "\"line_items\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}],"
                + "\"payment_token\":\"tok_visa\"}";
    }

    private static HttpResponse<String> post(String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(world.system.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(String path) throws Exception {
        return EventCodec.JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(world.system.baseUrl() + path))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }
}
