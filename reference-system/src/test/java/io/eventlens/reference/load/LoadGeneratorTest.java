package io.eventlens.reference.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
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

    private HttpServer server;
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/orders", exchange -> {
            exchange.getRequestBody().readAllBytes();
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            if (keys.size() == 1) {
                // the order "went through" but its answer is lost: the connection closes without a response
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
