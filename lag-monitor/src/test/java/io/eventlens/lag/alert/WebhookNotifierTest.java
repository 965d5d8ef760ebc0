package io.eventlens.lag.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks against a real local HTTP server that fails, hangs or takes the alert. */
class WebhookNotifierTest {

    private static final Alert ALERT = new Alert(
            "open",
            "id-1",
            "kafka",
            "billing",
            "ERR",
            "orders-0 STOP: idle",
            42,
            null,
            "2026-12-06T10:00:00Z",
            "2026-12-06T10:00:00Z");

    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    private URI serve(int failuresFirst, boolean hang) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int call = calls.incrementAndGet();
            if (hang) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(call <= failuresFirst ? 500 : 204, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void a_webhook_that_answers_500_is_retried_with_backoff_until_it_takes_the_alert() throws IOException {
        URI url = serve(2, false);
        try (WebhookNotifier notifier =
                new WebhookNotifier(List.of(url), Duration.ofSeconds(2), 5, Duration.ofMillis(50))) {
            notifier.send(ALERT);

            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() == 3);
            assertThat(bodies)
                    .hasSize(3)
                    .allSatisfy(body -> assertThat(body)
                            .contains("\"event\":\"open\"", "\"group\":\"billing\"", "\"status\":\"ERR\""));
        }
    }

    @Test
    void a_webhook_that_hangs_neither_blocks_the_sender_nor_other_alerts() throws IOException {
        URI url = serve(0, true);
        try (WebhookNotifier notifier =
                new WebhookNotifier(List.of(url), Duration.ofMillis(300), 2, Duration.ofMillis(50))) {
            notifier.send(ALERT);
            notifier.send(ALERT);

            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() >= 4); // each alert tried twice
        }
    }

    @Test
    void a_url_that_is_not_http_is_refused_naming_it() {
        assertThatThrownBy(() -> new WebhookNotifier(
                        List.of(URI.create("ftp://x/hook")), Duration.ofSeconds(1), 1, Duration.ofMillis(1)))
                .hasMessage("webhook URL 'ftp://x/hook' is not allowed: only http:// and https:// URLs are");
    }
}
