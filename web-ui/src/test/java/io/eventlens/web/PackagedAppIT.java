package io.eventlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started as the README says, on the embedded defaults. */
class PackagedAppIT {

    @TempDir
    Path dir;

    @Test
    void the_packaged_app_starts_its_broker_and_lets_both_users_in_over_http() throws Exception {
        try (PackagedApp app = PackagedApp.start(dir, "--eventlens.data-dir=" + dir.resolve("data"),
                "--eventlens.kafka.embedded.port=0")) {
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
            assertThat(app.send("POST", "/api/status", "viewer:viewer").statusCode()).isEqualTo(403);
            assertThat(app.send("POST", "/api/status", "operator:operator").statusCode()).isEqualTo(405);

            assertThat(app.get("/actuator/prometheus", "viewer:viewer").body()).contains("jvm_memory_used_bytes");
            assertThat(app.get("/login", null).statusCode()).isEqualTo(200);
            assertThat(app.output())
                    .contains("Vaadin is running in production mode")
                    .contains("Demo mode: log in as viewer/viewer or operator/operator");
        }
    }

    @Test
    void the_packaged_app_runs_on_postgresql_when_the_datasource_url_says_so() throws Exception {
        try (PostgresTestSchema schema = PostgresTestSchema.create();
             PackagedApp app = PackagedApp.start(dir, "--eventlens.data-dir=" + dir.resolve("data"),
                     "--eventlens.kafka.embedded.port=0",
                     "--spring.datasource.url=" + schema.jdbcUrl(),
                     "--spring.datasource.username=" + PostgresTestSchema.USER)) {
            app.awaitHealthy();

            assertThat(app.get("/api/status", "viewer:viewer").body()).contains("\"kind\":\"PostgreSQL\"");
            assertThat(schema.tables()).contains("catalog_document_snapshot", "flyway_history_catalog");
        }
    }
}
