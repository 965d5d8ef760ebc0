package io.eventlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started as the README says. */
@ExtendWith(KafkaBrokerExtension.class)
class PackagedAppIT {

    @TempDir
    Path dir;

    @Test
    void the_packaged_app_starts_its_broker_and_lets_both_users_in_over_http() throws Exception {
        try (PackagedApp app = PackagedApp.start(
                dir, "--eventlens.data-dir=" + dir.resolve("data"), "--eventlens.kafka.embedded.port=0")) {
            app.awaitHealthy();

            HttpResponse<String> status = app.get("/api/status", "viewer:viewer");
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body())
                    .contains("\"user\":\"viewer\"", "\"demo\":true")
                    .contains("\"kafka\":{", "\"connected\":true", "1 broker")
                    .contains("\"kind\":\"H2 (file)\"");
            assertThat(app.get("/api/status", "operator:operator").body()).contains("\"user\":\"operator\"");

            HttpResponse<String> wrong = app.get("/api/status", "viewer:wrong");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"EventLens\"");
            assertThat(wrong.body()).contains("\"status\":401", "viewer", "operator");
            assertThat(app.get("/api/status", null).statusCode()).isEqualTo(401);

            // a viewer may read, not change; an operator passes security (and meets the method's own 405)
            assertThat(app.send("POST", "/api/status", "viewer:viewer").statusCode())
                    .isEqualTo(403);
            assertThat(app.send("POST", "/api/status", "operator:operator").statusCode())
                    .isEqualTo(405);

            assertThat(app.get("/actuator/prometheus", "viewer:viewer").body()).contains("jvm_memory_used_bytes");
            assertThat(app.get("/login", null).statusCode()).isEqualTo(200);

            // the demo's catalog holds the bundled reference system's documents
            String catalog = app.get("/api/catalog", "viewer:viewer").body();
            assertThat(catalog).contains("\"failed\":[]", "\"key\":\"OrderPlaced\"", "\"key\":\"PaymentCharged\"");
            assertThat(catalog).containsPattern("\"key\":\"OrderPlaced\"[^}]*\"producers\":\\[\"[^\"]+\"");
            assertThat(app.output())
                    .contains("Vaadin is running in production mode")
                    .contains("Demo mode: log in as viewer/viewer or operator/operator");
        }
    }

    @Test
    void the_packaged_app_runs_on_postgresql_and_without_redis() throws Exception {
        int noRedis = PackagedApp.freePort();
        try (PostgresTestSchema schema = PostgresTestSchema.create();
                PackagedApp app = PackagedApp.start(
                        dir,
                        "--eventlens.data-dir=" + dir.resolve("data"),
                        "--eventlens.kafka.embedded.port=0",
                        "--eventlens.redis.url=redis://127.0.0.1:" + noRedis,
                        "--spring.datasource.url=" + schema.jdbcUrl(),
                        "--spring.datasource.username=" + PostgresTestSchema.USER)) {
            app.awaitHealthy();

            String status = app.get("/api/status", "viewer:viewer").body();
            assertThat(status).contains("\"kind\":\"PostgreSQL\"");
            assertThat(status)
                    .containsPattern("\"redis\":\\{[^}]*\"connected\":false")
                    .contains("redis://127.0.0.1:" + noRedis)
                    .containsIgnoringCase("refused");
            assertThat(schema.tables()).contains("catalog_document_snapshot", "flyway_history_catalog");
        }
    }

    @Test
    void with_a_configured_cluster_nothing_embedded_starts() throws Exception {
        try (PackagedApp app = PackagedApp.start(
                dir,
                "--eventlens.data-dir=" + dir.resolve("data"),
                "--eventlens.kafka.bootstrap-servers=" + KafkaBrokerExtension.bootstrapServers(),
                "--eventlens.kafka.properties.client.dns.lookup=use_all_dns_ips",
                "--eventlens.security.viewer-password=look",
                "--eventlens.security.operator-password=change")) {
            app.awaitHealthy();

            String status = app.get("/api/status", "viewer:look").body();
            assertThat(status)
                    .contains(
                            "\"demo\":false",
                            "\"target\":\"" + KafkaBrokerExtension.bootstrapServers() + "\"",
                            "1 broker");
            assertThat(app.get("/api/status", "viewer:viewer").statusCode())
                    .as("demo password refused")
                    .isEqualTo(401);
            assertThat(dir.resolve("data").resolve("kafka"))
                    .as("no embedded broker folder")
                    .doesNotExist();
            assertThat(app.output()).doesNotContain("Embedded Kafka broker ready");
        }
    }
}
