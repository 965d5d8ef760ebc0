package io.eventlens.reference.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many clients on kept-alive connections to the API server over loopback, the shape of the 200-client load
 * that lost answers: each client its own JDK client with one request at a time and a pause between, so more
 * connections sit idle than the JDK server keeps by default (200). A server that closes a kept-alive
 * connection without saying so makes its client open another: the connections the server saw count that.
 */
class KeepAliveLoadTest {

    private static final int CLIENTS = 250;
    private static final int REQUESTS_EACH = 6;
    private static final Executor PAUSE = CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS);

    private final ExecutorService clientThreads = Executors.newFixedThreadPool(4);
    private final Set<String> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private ApiServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        clientThreads.shutdownNow();
    }

    @Test
    void two_hundred_and_fifty_clients_keep_their_one_connection_each_and_lose_no_answer() {
        server = new ApiServer("127.0.0.1", 0, 16, OpenTelemetry.noop().getTracer("test"))
                .route("/echo", exchange -> {
                    connections.add(exchange.getRemoteAddress().toString());
                    Exchanges.json(exchange, 200, RequestJson.read(Exchanges.jsonBody(exchange)));
                })
                .start();
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(clientThreads)
                    .build();
            clients.add(postInTurn(client, i, REQUESTS_EACH));
        }
        CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new))
                .orTimeout(5, TimeUnit.MINUTES) // a hang guard only
                .join();

        assertThat(failures).as("failed requests by cause").isEmpty();
        assertThat(answered).hasValue(CLIENTS * REQUESTS_EACH);
        assertThat(connections).as("connections the server saw").hasSize(CLIENTS);
    }

    /** One client: {@code left} posts, each sent a pause after the previous one's answer. */
    private CompletableFuture<Void> postInTurn(HttpClient client, int id, int left) {
        if (left == 0) {
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client\":" + id + ",\"left\":" + left + "}"))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    count(id, response, error);
                    return null;
                })
                .thenComposeAsync(ignored -> postInTurn(client, id, left - 1), PAUSE);
    }

    private void count(int id, HttpResponse<String> response, Throwable error) {
        if (error != null) {
            Throwable cause = error.getCause() == null ? error : error.getCause();
            failures.merge(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 1, Integer::sum);
        } else if (response.statusCode() == 200 && response.body().contains("\"client\":" + id + ",")) {
            answered.incrementAndGet();
        } else {
            failures.merge("HTTP " + response.statusCode() + " " + response.body(), 1, Integer::sum);
        }
    }
}
