package io.eventlens.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.eventlens.reference.app.Service;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaBrokerExtension.class)
class DemoWorldIT {

    @Test
    void the_demo_world_places_orders_by_itself_and_the_saga_and_the_dead_letter_topics_fill(@TempDir Path folder)
            throws Exception {
        String kafka = KafkaBrokerExtension.bootstrapServers();
        // spans go to a sink that takes them, as EventLens's intake would: no export error in the log
        HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/v1/traces", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        sink.start();
        String spans = "http://127.0.0.1:" + sink.getAddress().getPort() + "/v1/traces";
        try (DemoWorld world = DemoWorld.start(kafka, folder, "redis://127.0.0.1:6379", spans, 0, 5);
                Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map<?, OffsetAndMetadata> saga = admin.listConsumerGroupOffsets("saga-orchestrator")
                        .partitionsToOffsetAndMetadata()
                        .get();
                assertThat(saga.values().stream()
                                .mapToLong(OffsetAndMetadata::offset)
                                .sum())
                        .isGreaterThan(20);
            });
            // dead-letter and retry topics appear when the first record is parked there: wait for them
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(admin.listTopics().names().get())
                            .contains("orders", "payments", "order-service-dlt", "warehouse-service-retry-1"));
            HttpResponse<String> faults = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(world.baseUrl() + "/admin/faults"))
                                    .header("Authorization", "Bearer " + world.adminToken())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(faults.body()).contains("\"payment_decline_rate\":0.05", "\"email_delay_ms\":3000");
        } finally {
            sink.stop(0);
        }
    }

    @Test
    void without_redis_the_demo_runs_every_service_but_email() {
        for (String redis : new String[] {"", "redis://127.0.0.1:1"}) {
            assertThat(DemoWorld.config("127.0.0.1:1", Path.of("x"), redis, "http://127.0.0.1:9/v1/traces", 0)
                            .services())
                    .as(redis)
                    .doesNotContain(Service.EMAIL)
                    .contains(Service.ORDER, Service.SAGA, Service.WAREHOUSE);
        }
        assertThat(DemoWorld.config("127.0.0.1:1", Path.of("x"), "redis://127.0.0.1:6379", "x", 0)
                        .services())
                .contains(Service.EMAIL);
    }
}
