package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.reference.kafka.EmbeddedKafkaBroker;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import io.eventlens.reference.load.LoadGenerator;
import io.eventlens.reference.load.LoadReport;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders in flight while the broker restarts and while every service stops and starts again (a
 * graceful stop mid-batch, not a killed process): the invariants still hold.
 */
@ExtendWith(KafkaBrokerExtension.class)
class RestartIT {

    @Test
    void a_broker_restart_and_a_service_restart_mid_load_lose_and_double_nothing(@TempDir Path folder)
            throws Exception {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(folder, 0, 0).start();
        try (TestSystem world = TestSystem.onPostgres()) {
            world.config.kafka(broker.bootstrapServers());
            world.config.faults().paymentDeclineRate(0.1).outOfStockRate(0.1).shipmentFailureRate(0.1);
            world.start();
            LoadReport before = load(world);
            Invariants invariants = new Invariants(world);
            assertThat(invariants.pending())
                    .as("orders still in flight when the broker stops")
                    .isPositive();

            broker.close();
            broker = new EmbeddedKafkaBroker(folder, broker.port(), 0).start();
            world.system.close();
            world.start();
            LoadReport after = load(world);

            long orders = before.accepted() + after.accepted();
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(invariants.pending()).isZero());
            assertThat(world.number("SELECT COUNT(*) FROM order_orders"))
                    .isEqualTo(orders)
                    .isPositive();
            invariants.sagasAgree(orders);
            invariants.moneyAddsUp();
            invariants.stockAddsUp();
            await().atMost(Duration.ofMinutes(1))
                    .untilAsserted(() -> assertThat(invariants.emails()).isEqualTo(invariants.completed()));
        } finally {
            broker.close();
        }
    }

    private static LoadReport load(TestSystem world) {
        return new LoadGenerator(world.system.baseUrl(), "async")
                .retryingLostResponses()
                .run(20, Duration.ofSeconds(2), line -> {});
    }
}
