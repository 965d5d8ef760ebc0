package io.eventlens.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The issue #15 load (run by hand against a running EventLens, never in CI): {@code clients} clients for
 * {@code seconds}, each on its own kept-alive connection sending requests back to back, half
 * {@code GET /api/catalog} and half {@code POST /api/governance/compat} (two small JSON Schemas), as
 * {@code viewer} with HTTP Basic. Prints requests/s, p50 and p99 per endpoint and in all, and non-2xx
 * answers by status. Arguments: {@code baseUrl clients seconds} (defaults http://127.0.0.1:8080 50 30).
 */
public final class ApiLoadBenchmark {

    private static final String COMPAT = "{\"versions\": [{\"type\": \"object\", \"properties\": {\"id\":"
            + " {\"type\": \"string\"}}}, {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"},"
            + " \"total\": {\"type\": \"number\"}}, \"required\": [\"id\"]}]}";

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        new ApiLoadBenchmark().run(base, clients, Duration.ofSeconds(seconds));
    }

    private void run(String base, int clients, Duration duration) throws InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
        HttpRequest catalog = HttpRequest.newBuilder(URI.create(base + "/api/catalog"))
                .header("Authorization", auth)
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpRequest compat = HttpRequest.newBuilder(URI.create(base + "/api/governance/compat"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(COMPAT))
                .build();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            int first = i;
            threads.submit(() -> client(first % 2 == 0 ? catalog : compat, first % 2 == 0 ? compat : catalog, end));
        }
        threads.shutdown();
        threads.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        report(duration);
    }

    private void client(HttpRequest first, HttpRequest second, long end) {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        boolean odd = false;
        while (System.nanoTime() < end) {
            HttpRequest request = odd ? second : first;
            odd = !odd;
            String name = request.method() + " " + request.uri().getPath();
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() / 100 != 2) {
                    failures.computeIfAbsent(name + " " + answer.statusCode(), k -> new AtomicLong())
                            .incrementAndGet();
                    continue;
                }
            } catch (Exception e) {
                failures.computeIfAbsent(name + " " + e.getClass().getSimpleName(), k -> new AtomicLong())
                        .incrementAndGet();
                continue;
            }
            latencies
                    .computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(System.nanoTime() - start);
        }
    }

    private void report(Duration duration) {
        List<Long> all = new ArrayList<>();
        latencies.forEach((name, list) -> {
            all.addAll(list);
            System.out.println(line(name, list, duration));
        });
        System.out.println(line("all", all, duration));
        System.out.println("failed: " + failures);
    }

    private static String line(String name, List<Long> list, Duration duration) {
        List<Long> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        return String.format(
                "RESULT %-28s %7d ok = %7.1f req/s  p50 %7.1f ms  p99 %7.1f ms",
                name,
                sorted.size(),
                sorted.size() / (double) duration.toSeconds(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.max(0, Math.ceil(p * sorted.size()) - 1));
        return sorted.get(index) / 1e6;
    }
}
