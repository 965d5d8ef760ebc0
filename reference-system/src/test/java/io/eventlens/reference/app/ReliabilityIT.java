package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.PoisonEventException;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import io.eventlens.reference.load.LoadGenerator;
import io.eventlens.reference.load.LoadReport;
import io.eventlens.reference.messaging.DeadLetterHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The invariants on the real broker and PostgreSQL, sized for CI: orders placed over HTTP
 * by the load generator while events are delivered up to five times, payments are declined, stock
 * runs out, carriers refuse parcels, email is slow and poison records arrive. The soak size is
 * {@code -Dreference.soak.orders} (default 150; the 2,000 is a documented command).
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReliabilityIT {

    private static final int ORDERS = Integer.getInteger("reference.soak.orders", 150);
    private static TestSystem world;
    private static LoadReport load;

    @BeforeAll
    static void runTheSoak() throws Exception {
        world = TestSystem.onPostgres();
        world.config
                .faults()
                .paymentDeclineRate(0.1)
                .outOfStockRate(0.1)
                .shipmentFailureRate(0.1)
                .duplicateDeliveryRate(0.3)
                .emailDelay(Duration.ofMillis(20));
        world.start();
        double rate = 50;
        // a plain client: the API keeps its kept-alive connections (ApiServer), so no answer is lost in transport
        load = new LoadGenerator(world.system.baseUrl(), "async")
                .run(rate, Duration.ofMillis((long) (ORDERS / rate * 1000)), line -> {});
        HttpResponse<String> poison = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(world.system.baseUrl() + "/admin/poison?topic=orders&count=4"))
                                .header("Authorization", "Bearer " + world.system.adminToken())
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(poison.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(
                        () -> assertThat(world.number("SELECT COUNT(*) FROM order_orders WHERE status = 'PENDING'"))
                                .isZero());
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
    }

    @Test
    void every_order_ends_completed_or_cancelled_and_its_saga_agrees() {
        assertThat(load.accepted())
                .as(
                        "orders accepted of %d sent; refusals: %s; retried: %s",
                        load.sent(), load.refusals(), load.retried())
                .isEqualTo(load.sent())
                .isGreaterThanOrEqualTo(ORDERS - 2);
        assertThat(world.number("SELECT COUNT(*) FROM order_orders")).isEqualTo(load.accepted());
        new Invariants(world).sagasAgree(load.accepted());
        assertThat(world.number("SELECT COUNT(*) FROM order_orders WHERE status = 'COMPLETED'"))
                .isPositive();
        assertThat(world.number("SELECT COUNT(*) FROM order_orders WHERE status = 'CANCELLED'"))
                .isPositive();
    }

    @Test
    void charges_minus_refunds_equal_the_total_of_completed_orders() {
        assertThat(world.number("SELECT COUNT(*) FROM payment_ledger WHERE kind = 'REFUND'"))
                .isPositive();
        new Invariants(world).moneyAddsUp();
    }

    @Test
    void reserved_minus_released_stock_equals_shipped_stock() {
        assertThat(world.number("SELECT COUNT(*) FROM inventory_movements WHERE kind = 'RELEASE'"))
                .isPositive();
        new Invariants(world).stockAddsUp();
    }

    @Test
    void each_completed_order_gets_exactly_one_email_and_one_pick_list() {
        long completed = world.number("SELECT COUNT(*) FROM order_orders WHERE status = 'COMPLETED'");
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(world.number("SELECT COUNT(*) FROM email_sent"))
                        .isEqualTo(completed));
        assertThat(world.number("SELECT COUNT(*) FROM email_sent e JOIN order_orders o ON o.id = e.order_id "
                        + "WHERE o.status = 'COMPLETED'"))
                .isEqualTo(completed);
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> assertThat(world.number("SELECT COUNT(*) FROM warehouse_picks"))
                        .isEqualTo(completed));
    }

    @Test
    void duplicates_were_really_delivered_and_absorbed() {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(List.of(world.topic(Topics.PAYMENTS)));
        long distinct = records.stream()
                .map(r -> EventCodec.decode(r.value()).eventId())
                .distinct()
                .count();

        assertThat(records.size()).isGreaterThan((int) distinct);
        assertThat(world.number("SELECT COUNT(*) FROM analytics_facts WHERE event_type = 'OrderPlaced'"))
                .isEqualTo(load.accepted());
    }

    @Test
    void poison_records_end_in_each_group_dead_letter_topic_with_spring_kafka_headers() {
        String dlt = world.topic("saga-orchestrator-dlt");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(TopicReader.readAll(List.of(dlt))).hasSize(4));
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(List.of(dlt))) {
            assertThat(TopicReader.header(record, DeadLetterHeaders.DLT_ORIGINAL_TOPIC))
                    .isEqualTo(world.topic("orders"));
            assertThat(TopicReader.header(record, DeadLetterHeaders.DLT_EXCEPTION_FQCN))
                    .isEqualTo(PoisonEventException.class.getName());
            assertThat(TopicReader.header(record, DeadLetterHeaders.DLT_EXCEPTION_MESSAGE))
                    .isNotBlank();
            assertThat(TopicReader.header(record, DeadLetterHeaders.DLT_ORIGINAL_CONSUMER_GROUP))
                    .isEqualTo(world.topic("saga-orchestrator"));
            assertThat(ByteBuffer.wrap(record.headers()
                                    .lastHeader(DeadLetterHeaders.DLT_ORIGINAL_OFFSET)
                                    .value())
                            .getLong())
                    .isNotNegative();
            assertThat(record.key()).startsWith("poison-");
        }
    }

    @Test
    void every_event_published_validates_against_the_asyncapi_documents() {
        AsyncApiContract contract = new AsyncApiContract();
        List<String> violations = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(world.config.names.of(Topics.ALL))) {
            if (record.key() != null && record.key().startsWith("poison-")) {
                continue;
            }
            JsonNode payload = EventCodec.tree(new String(record.value(), StandardCharsets.UTF_8));
            String type = payload.path("event_type").asText();
            seen.add(type);
            contract.violations(type, payload).forEach(v -> violations.add(record.topic() + " " + type + ": " + v));
        }
        assertThat(violations).isEmpty();
        assertThat(seen)
                .contains(
                        "OrderPlaced",
                        "ChargePayment",
                        "PaymentCharged",
                        "PaymentFailed",
                        "ReserveInventory",
                        "InventoryReserved",
                        "InventoryReservationFailed",
                        "CreateShipment",
                        "ShipmentCreated",
                        "ShipmentFailed",
                        "ReleaseInventory",
                        "InventoryReleased",
                        "RefundPayment",
                        "PaymentRefunded",
                        "OrderCompleted",
                        "OrderCancelled");
    }

    @Test
    void every_email_job_queued_validates_against_the_asyncapi_documents() {
        AsyncApiContract contract = new AsyncApiContract();
        List<String> violations = new ArrayList<>();
        try (RedisClient redis = RedisClient.create(world.config.redisHost, world.config.redisPort)) {
            List<StreamEntry> jobs = redis.xrange(
                    world.config.names.of(Topics.EMAIL_STREAM), (StreamEntryID) null, (StreamEntryID) null);
            assertThat(jobs).isNotEmpty();
            for (StreamEntry job : jobs) {
                if (job.getFields().getOrDefault("event_id", "").startsWith("poison-")) {
                    continue; // the injected bad job, which must end in the dead-letter stream instead
                }
                ObjectNode fields = EventCodec.object();
                job.getFields().forEach(fields::put);
                contract.violations("EmailJob", fields).forEach(v -> violations.add(job.getID() + ": " + v));
            }
        }
        assertThat(violations).isEmpty();
    }
}
