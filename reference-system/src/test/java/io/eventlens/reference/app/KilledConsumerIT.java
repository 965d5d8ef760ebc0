package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.reference.http.ApiServer;
import io.eventlens.reference.http.Exchanges;
import io.eventlens.reference.inventory.InventoryCommandHandler;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import io.eventlens.reference.load.LoadGenerator;
import io.eventlens.reference.load.LoadReport;
import io.eventlens.reference.payment.PaymentCommandHandler;
import io.eventlens.reference.shipping.ShippingCommandHandler;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service process killed outright (SIGKILL) mid-work and started again. The test JVM runs the
 * broker, the order service and the saga; a child JVM runs payment, inventory, shipping, email,
 * warehouse and analytics. The child dies with Kafka offsets not committed and email jobs taken
 * from the Redis stream but not acknowledged; orders keep coming; a new child takes over, the
 * redeliveries are absorbed and the dead worker's jobs are claimed: the invariants still hold.
 */
@ExtendWith(KafkaBrokerExtension.class)
class KilledConsumerIT {

    private static final Path LOGS = Path.of("target", "killed-consumer-it");
    /** Consumer groups whose inbox ({@code <table>_processed}) holds one row per command record. */
    private static final Map<String, String> INBOXES = Map.of(
            PaymentCommandHandler.GROUP,
            "payment",
            InventoryCommandHandler.GROUP,
            "inventory",
            ShippingCommandHandler.GROUP,
            "shipping");

    private final List<ChildJvm> children = new ArrayList<>();
    private TestSystem world;
    private EmailQueue emails;
    private LoadGenerator load;
    private ApiServer spans;

    @BeforeEach
    void startOrdersAndSaga() throws SQLException, IOException {
        spans = spanSink();
        world = TestSystem.onPostgres();
        world.config.services(EnumSet.of(Service.ORDER, Service.SAGA));
        world.start();
        emails = new EmailQueue(world.config);
        load = new LoadGenerator(world.system.baseUrl(), "async");
    }

    @AfterEach
    void stopEverything() throws Exception {
        load.stop();
        for (ChildJvm child : children) {
            child.close();
        }
        emails.close();
        world.close();
        spans.close();
    }

    @Test
    void a_service_process_killed_mid_work_and_started_again_loses_and_doubles_nothing() throws Exception {
        try {
            killAndRestartUnderLoad();
        } catch (Throwable failure) {
            children.forEach(child -> System.out.println(child.tail(60)));
            throw failure;
        }
    }

    private void killAndRestartUnderLoad() throws Exception {
        ChildJvm first = child(1);
        CompletableFuture<LoadReport> placing =
                CompletableFuture.supplyAsync(() -> load.run(15, Duration.ofMinutes(1), line -> {}));
        Invariants invariants = new Invariants(world);
        await("the child sending emails with orders still in flight")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> sent() >= 10 && emails.inFlight() >= 3 && invariants.pending() > 0);
        first.kill();

        Set<String> orphaned = emails.ordersInFlight();
        long atKill = orders();
        System.out.printf(
                "KilledConsumerIT: SIGKILL to pid %d with %d orders placed and the email jobs of %d orders "
                        + "unacknowledged%n",
                first.pid(), atKill, orphaned.size());
        assertThat(orphaned)
                .as("orders whose email jobs the killed worker held unacknowledged")
                .isNotEmpty();
        committedNothingUnprocessed();
        await("orders placed while no consumer runs")
                .atMost(Duration.ofSeconds(30))
                .until(() -> orders() >= atKill + 45);
        child(2);
        await("orders placed while the new child starts")
                .atMost(Duration.ofSeconds(30))
                .until(() -> orders() >= atKill + 90);
        load.stop();
        LoadReport placed = placing.get(90, TimeUnit.SECONDS);

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(invariants.pending()).isZero());
        assertThat(orders()).isEqualTo(placed.accepted()).isPositive();
        invariants.sagasAgree(placed.accepted());
        invariants.moneyAddsUp();
        invariants.stockAddsUp();
        oneEmailAndOnePickListPerCompletedOrder(invariants.completed(), orphaned);
        assertThat(world.number("SELECT COUNT(*) FROM analytics_facts WHERE event_type = 'OrderPlaced'"))
                .as("one analytics fact per order, however often its event came")
                .isEqualTo(placed.accepted());
    }

    /** The dead worker's jobs were claimed by the new one (nothing else acknowledges them) and sent. */
    private void oneEmailAndOnePickListPerCompletedOrder(long completed, Set<String> orphaned) {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertThat(emails.inFlight())
                            .as("email jobs delivered and not acknowledged")
                            .isZero();
                    assertThat(sent()).as("emails sent").isEqualTo(completed);
                    assertThat(world.number("SELECT COUNT(*) FROM warehouse_picks"))
                            .as("pick lists")
                            .isEqualTo(completed);
                });
        assertThat(emails.deadLettered()).as("email jobs dead-lettered").isZero();
        assertThat(world.number("SELECT COUNT(*) FROM email_sent e JOIN order_orders o ON o.id = e.order_id "
                        + "WHERE o.status = 'COMPLETED' AND e.order_id IN ("
                        + orphaned.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + ")"))
                .as("emails of the orders whose jobs the killed worker held")
                .isEqualTo(orphaned.size());
    }

    /**
     * At-least-once: the killed process committed no offset of a command it had not processed. The
     * commands it had processed beyond its last commit come again to the new process.
     */
    private void committedNothingUnprocessed() throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, world.config.bootstrapServers))) {
            for (Map.Entry<String, String> inbox : INBOXES.entrySet()) {
                long committed = admin
                        .listConsumerGroupOffsets(world.config.names.of(inbox.getKey()))
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS)
                        .values()
                        .stream()
                        .filter(Objects::nonNull)
                        .mapToLong(OffsetAndMetadata::offset)
                        .sum();
                long processed = world.number("SELECT COUNT(*) FROM " + inbox.getValue() + "_processed");
                System.out.printf(
                        "KilledConsumerIT: at the kill %s had processed %d commands and committed %d: "
                                + "%d to be delivered again%n",
                        inbox.getKey(), processed, committed, processed - committed);
                assertThat(committed)
                        .as(inbox.getKey() + " committed offsets vs commands processed")
                        .isLessThanOrEqualTo(processed);
            }
        }
    }

    private ChildJvm child(int number) throws IOException {
        ReferenceConfig config = world.config;
        ChildJvm child = ChildJvm.start(
                LOGS.resolve("child-" + number + ".log"),
                List.of(
                        "--services=payment,inventory,shipping,email,warehouse,analytics",
                        "--kafka=" + config.bootstrapServers,
                        "--jdbc-url=" + config.jdbcUrl,
                        "--jdbc-user=" + config.jdbcUser,
                        "--redis=" + config.redisHost + ":" + config.redisPort,
                        "--name-prefix=" + world.prefix,
                        "--otlp-endpoint=http://127.0.0.1:" + spans.port() + "/v1/traces",
                        "--retry-scale=0.01",
                        "--payment-decline-rate=0.1",
                        "--out-of-stock-rate=0.1",
                        "--shipment-failure-rate=0.1",
                        "--email-delay-ms=500"));
        children.add(child);
        return child;
    }

    /** Takes the children's spans and drops them: they reach no one's EventLens and log no refusals. */
    /** On the reference system's own server: the first JDK server of a JVM fixes its keep-alive settings. */
    private static ApiServer spanSink() {
        return new ApiServer("127.0.0.1", 0, 2, OpenTelemetry.noop().getTracer("test"))
                .route("/v1/traces", exchange -> {
                    Exchanges.body(exchange);
                    Exchanges.send(exchange, 200, "application/json", new byte[0]);
                })
                .start();
    }

    private long orders() {
        return world.number("SELECT COUNT(*) FROM order_orders");
    }

    private long sent() {
        return world.number("SELECT COUNT(*) FROM email_sent");
    }
}
