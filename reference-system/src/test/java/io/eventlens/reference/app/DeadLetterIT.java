package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import io.eventlens.reference.messaging.DeadLetterHeaders;
import io.eventlens.reference.react.WarehouseHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

@ExtendWith(KafkaBrokerExtension.class)
class DeadLetterIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestSystem world;

    @BeforeAll
    static void start() throws Exception {
        world = TestSystem.onH2();
        world.config.maxAttempts(3);
        world.start();
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @Test
    void while_the_warehouse_is_down_its_event_retries_then_lands_in_its_dlt_and_later_orders_still_flow()
            throws Exception {
        setFaults("{\"warehouse_down\": true}");
        String down = place();
        String dlt = world.topic("warehouse-service-dlt");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(TopicReader.readAll(List.of(dlt)))
                        .anySatisfy(record -> assertThat(record.key()).isEqualTo(down)));
        setFaults("{\"warehouse_down\": false}");

        ConsumerRecord<String, byte[]> dead = TopicReader.readAll(List.of(dlt)).stream()
                .filter(record -> record.key().equals(down))
                .findFirst()
                .orElseThrow();
        assertThat(EventCodec.decode(dead.value()).eventType()).isEqualTo("OrderCompleted");
        assertThat(TopicReader.header(dead, DeadLetterHeaders.DLT_ORIGINAL_TOPIC))
                .isEqualTo(world.topic("orders"));
        assertThat(TopicReader.header(dead, DeadLetterHeaders.DLT_EXCEPTION_FQCN))
                .isEqualTo(WarehouseHandler.WarehouseUnavailableException.class.getName());
        assertThat(TopicReader.header(dead, DeadLetterHeaders.DLT_EXCEPTION_MESSAGE))
                .isEqualTo("the warehouse system is down (injected fault): no pick list for order " + down);
        assertThat(TopicReader.header(dead, DeadLetterHeaders.DLT_EXCEPTION_STACKTRACE))
                .contains("WarehouseHandler.pick");
        assertThat(ByteBuffer.wrap(dead.headers()
                                .lastHeader(DeadLetterHeaders.ATTEMPTS)
                                .value())
                        .getInt())
                .isEqualTo(3);
        ConsumerRecord<String, byte[]> original = TopicReader.readAll(List.of(world.topic("orders"))).stream()
                .filter(record -> record.key().equals(down)
                        && EventCodec.decode(record.value()).eventType().equals("OrderCompleted"))
                .findFirst()
                .orElseThrow();
        assertThat(ByteBuffer.wrap(dead.headers()
                                .lastHeader(DeadLetterHeaders.DLT_ORIGINAL_OFFSET)
                                .value())
                        .getLong())
                .isEqualTo(original.offset());
        assertThat(ByteBuffer.wrap(dead.headers()
                                .lastHeader(DeadLetterHeaders.DLT_ORIGINAL_PARTITION)
                                .value())
                        .getInt())
                .isEqualTo(original.partition());
        assertThat(TopicReader.readAll(
                        List.of(world.topic("warehouse-service-retry-1"), world.topic("warehouse-service-retry-2"))))
                .filteredOn(record -> record.key().equals(down))
                .hasSize(2);

        String up = place();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(
                                world.number("SELECT COUNT(*) FROM warehouse_picks WHERE order_id = '" + up + "'"))
                        .isEqualTo(1));
        assertThat(world.number("SELECT COUNT(*) FROM warehouse_picks WHERE order_id = '" + down + "'"))
                .isZero();
    }

    @Test
    void a_malformed_email_job_moves_to_the_email_dlq_stream_after_its_deliveries_with_the_reason() throws Exception {
        String stream = world.topic("email-jobs");
        try (RedisClient redis = RedisClient.create("127.0.0.1", 6379)) {
            StreamEntryID bad = redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of("kind", "order-confirmation"));

            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(redis.xrange(
                                    world.topic("email-jobs-dlq"), (StreamEntryID) null, (StreamEntryID) null))
                            .extracting(StreamEntry::getFields)
                            .anySatisfy(fields -> {
                                assertThat(fields)
                                        .containsEntry("dlq-original-id", bad.toString())
                                        .containsEntry("dlq-original-stream", stream)
                                        .containsEntry("dlq-delivery-count", "3")
                                        .containsEntry("dlq-reason", "not processed after 3 deliveries");
                            }));
            assertThat(redis.xpending(stream, world.topic("email-workers")).getTotal())
                    .isZero();
        }
    }

    private static String place() throws Exception {
        HttpResponse<String> placed = HTTP.send(
                HttpRequest.newBuilder(URI.create(world.system.baseUrl() + "/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(OrderFlowIT.order("SKU-MUG", 1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(placed.statusCode()).isEqualTo(202);
        return EventCodec.JSON.readTree(placed.body()).path("order_id").asText();
    }

    private static void setFaults(String json) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(world.system.baseUrl() + "/admin/faults"))
                        .header("Authorization", "Bearer " + world.system.adminToken())
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
