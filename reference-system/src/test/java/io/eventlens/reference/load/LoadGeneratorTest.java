package io.eventlens.reference.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.reference.http.ApiServer;
import io.eventlens.reference.http.Exchanges;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load generator against a loopback server that drops the answer to the first request it gets: a careful
 * generator posts that order again with the same Idempotency-Key; a plain one counts it refused.
 */
class LoadGeneratorTest {

    private ApiServer server;
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        // the reference system's own server: the first JDK server of a JVM fixes its keep-alive settings
        server = new ApiServer("127.0.0.1", 0, 2, OpenTelemetry.noop().getTracer("test"))
                .route("/orders", exchange -> {
                    Exchanges.body(exchange);
                    keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
                    if (keys.size() > 1) {
                        Exchanges.send(exchange, 202, "application/json", new byte[0]);
                    }
                    // else the order "went through" but its answer is lost: the connection closes without one
                })
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void aCarefulGeneratorPostsAnOrderWhoseAnswerWasLostAgainWithTheSameKey() {
        LoadReport report = new LoadGenerator(baseUrl(), "async")
                .retryingLostResponses()
                .run(1, Duration.ofMillis(500), line -> {});

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.retried()).containsOnlyKeys("IOException");
        assertThat(keys).hasSize(2).doesNotContain("null");
        assertThat(keys.get(0)).startsWith("load-").isEqualTo(keys.get(1));
    }

    @Test
    void aPlainGeneratorCountsTheLostAnswerRefusedAndSendsNoKey() {
        LoadReport report = new LoadGenerator(baseUrl(), "async").run(1, Duration.ofMillis(500), line -> {});

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.retried()).isEmpty();
        assertThat(keys).containsExactly("null");
        assertThat(report.line()).contains("refused 1 {IOException=1}");
    }
}
