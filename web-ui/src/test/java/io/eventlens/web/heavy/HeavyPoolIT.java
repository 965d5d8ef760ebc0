package io.eventlens.web.heavy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.web.demo.DemoWorldLifecycle;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The heavy-work pool of the running app (one thread, one waiting place, a 4 s deadline) taken by work of the
 * test's own that waits for a latch: what the next heavy request is answered, that a request waiting past its
 * deadline is stopped, that one whose client goes is cancelled, and that health, log-in, the light API and the
 * demo's reference system answer all the while.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eventlens.kafka.embedded.port=0",
            "vaadin.devmode.devTools.enabled=false",
            "eventlens.heavy.threads=1",
            "eventlens.heavy.waiting=1",
            "eventlens.heavy.deadline=4s"
        })
class HeavyPoolIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String COMPAT = "{\"versions\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}";

    @TempDir
    static Path work;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("eventlens.data-dir", () -> work.resolve("data").toString());
    }

    @Autowired
    HeavyWork heavy;

    @Autowired
    DemoWorldLifecycle demo;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void free() {
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> heavy.active() == 0 && heavy.waiting() == 0);
    }

    @Test
    void a_full_pool_answers_503_with_retry_after_while_health_log_in_and_the_reference_system_answer()
            throws Exception {
        occupy(2);

        for (HttpRequest heavyRequest :
                new HttpRequest[] {compat(), check(), get("/api/flows?format=dot", "viewer:viewer")}) {
            HttpResponse<String> refused = send(heavyRequest);
            assertThat(refused.statusCode()).as(heavyRequest.uri().toString()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.body()).contains("is refused: 1 heavy requests run and 1 wait already");
        }
        assertThat(send(get("/actuator/health", null)).statusCode()).isEqualTo(200);
        assertThat(send(get("/login", null)).statusCode()).isEqualTo(200);
        assertThat(send(get("/api/catalog", "viewer:viewer")).statusCode()).isEqualTo(200);
        String reference = await().atMost(Duration.ofSeconds(60))
                .until(() -> demo.referenceSystemUrl().orElse(null), url -> url != null);
        HttpResponse<String> order = send(HttpRequest.newBuilder(URI.create(reference + "/orders/no-such-order"))
                .timeout(Duration.ofSeconds(10))
                .build());
        assertThat(order.statusCode()).isEqualTo(404);
        assertThat(order.body()).contains("no order with id");
    }

    @Test
    void a_request_still_waiting_at_its_deadline_is_a_503_and_never_runs() throws Exception {
        occupy(1);

        HttpResponse<String> late = send(compat());

        assertThat(late.statusCode()).isEqualTo(503);
        assertThat(late.body())
                .contains("POST /api/governance/compat took longer than its deadline of 4000 ms and was stopped");
        assertThat(late.headers().firstValue("Retry-After")).hasValue("4");
        assertThat(heavy.waiting()).isZero();
    }

    @Test
    void a_request_whose_client_goes_is_cancelled_and_its_place_freed() throws Exception {
        occupy(1);
        long before = heavy.abandoned();

        try (Socket client = new Socket("127.0.0.1", port)) {
            OutputStream out = client.getOutputStream();
            byte[] body = COMPAT.getBytes(StandardCharsets.UTF_8);
            out.write(("POST /api/governance/compat HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: "
                            + basic("viewer:viewer") + "\r\nContent-Type: application/json\r\nContent-Length: "
                            + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            await().atMost(Duration.ofSeconds(3)).until(() -> heavy.waiting() == 1);
        }

        // well before the 4 s deadline: the container told the request its client went
        await().atMost(Duration.ofMillis(3_500)).until(() -> heavy.abandoned() == before + 1);
        assertThat(heavy.waiting()).isZero();
    }

    /**
     * Takes the pool's thread, and with two its waiting place, with work that waits for {@link #release} (queued as
     * a request's work is, without a deadline of its own, so that it outlasts the requests').
     */
    private void occupy(int tasks) {
        for (int i = 0; i < tasks; i++) {
            heavy.submit("the test's own work", () -> {
                release.await();
                return null;
            });
            int started = i + 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> heavy.active() + heavy.waiting() == started);
        }
    }

    private HttpRequest compat() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/governance/compat"))
                .header("Authorization", basic("viewer:viewer"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(COMPAT))
                .build();
    }

    private HttpRequest check() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/governance/check"))
                .header("Authorization", basic("viewer:viewer"))
                .header("Content-Type", "application/yaml")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("asyncapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\n"))
                .build();
    }

    private HttpRequest get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return request.GET().build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
