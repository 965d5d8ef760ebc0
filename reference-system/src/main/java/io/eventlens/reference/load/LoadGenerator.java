package io.eventlens.reference.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Posts orders to {@code POST /orders} at a steady rate for a duration, like shoppers would, and
 * reports a progress line every few seconds and latency percentiles at the end.
 */
public final class LoadGenerator {

    private static final String[] SKUS = {"SKU-MUG", "SKU-TEE", "SKU-BOOK", "SKU-STICKER", "SKU-HOODIE"};

    /**
     * The client's own small pool rather than its default cached one. (On a one- or two-core machine
     * the JDK client still completes each response on a new thread unless the common pool has a
     * parallelism of at least 2: {@link #useCommonPoolForCompletions()} sets that.)
     */
    private static final ExecutorService CLIENT_THREADS = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "load-generator-client");
        thread.setDaemon(true);
        return thread;
    });

    private final URI orders;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .executor(CLIENT_THREADS)
            .build();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> refusals = new ConcurrentHashMap<>();
    private final Map<String, Long> retried = new ConcurrentHashMap<>();
    private volatile boolean stopped;
    private boolean retryLostResponses;

    /**
     * Lets {@link java.util.concurrent.CompletableFuture}'s default executor be the common pool on
     * small machines, where it otherwise starts one thread per asynchronous completion (one per
     * request here). Call it first thing in a main, before anything uses CompletableFuture.
     */
    public static void useCommonPoolForCompletions() {
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "2");
        }
    }

    /** @param baseUrl e.g. {@code http://127.0.0.1:8081}; {@code mode} is async or sync */
    public LoadGenerator(String baseUrl, String mode) {
        this.orders = URI.create(baseUrl + "/orders?mode=" + mode);
    }

    /**
     * Makes this generator a careful client: every order carries an {@code Idempotency-Key}, and an order whose
     * request fails in transport (the connection dropped, the answer lost) is posted once more with the same key,
     * so it is placed at most once however the first answer went. Counted in {@link LoadReport#retried()}.
     */
    public LoadGenerator retryingLostResponses() {
        this.retryLostResponses = true;
        return this;
    }

    /** Runs for {@code duration} at {@code perSecond} orders, printing progress to {@code progress}. */
    public LoadReport run(double perSecond, Duration duration, Consumer<String> progress) {
        if (!(perSecond > 0 && perSecond <= 10_000)) {
            throw new IllegalArgumentException("rate " + perSecond + " orders/s is out of range: allowed (0, 10000]");
        }
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(1);
        List<CompletableFuture<Void>> inFlight = Collections.synchronizedList(new ArrayList<>());
        long period = Math.max(1, Math.round(1e9 / perSecond));
        long end = System.nanoTime() + duration.toNanos();
        ticker.scheduleAtFixedRate(
                () -> {
                    if (!stopped && System.nanoTime() < end) {
                        inFlight.add(postOne());
                    }
                },
                0,
                period,
                TimeUnit.NANOSECONDS);
        ticker.scheduleAtFixedRate(() -> progress.accept("load: " + snapshot().line()), 5, 5, TimeUnit.SECONDS);
        try {
            while (!stopped
                    && System.nanoTime() < end
                    && !Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(Math.min(end - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100)));
            }
        } finally {
            ticker.shutdownNow();
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(error -> null)
                .join();
        LoadReport report = snapshot();
        progress.accept("load done: " + report.line());
        return report;
    }

    public void stop() {
        stopped = true;
    }

    public LoadReport snapshot() {
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        return new LoadReport(
                sent.get(),
                accepted.get(),
                refused.get(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.isEmpty() ? Duration.ZERO : Duration.ofNanos(sorted.get(sorted.size() - 1)),
                refusals,
                retried);
    }

    private CompletableFuture<Void> postOne() {
        sent.incrementAndGet();
        long start = System.nanoTime();
        HttpRequest.Builder builder = HttpRequest.newBuilder(orders)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(randomOrder()));
        if (retryLostResponses) {
            builder.header("Idempotency-Key", "load-" + UUID.randomUUID());
        }
        HttpRequest request = builder.build();
        CompletableFuture<HttpResponse<Void>> answer =
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        if (retryLostResponses) {
            answer = answer.handle((response, error) ->
                            error == null ? CompletableFuture.completedFuture(response) : retry(request, error))
                    .thenCompose(next -> next);
        }
        return answer.handle((response, error) -> {
            latencies.add(System.nanoTime() - start);
            if (error == null && response.statusCode() / 100 == 2) {
                accepted.incrementAndGet();
            } else {
                refused.incrementAndGet();
                Throwable cause =
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                refusals.merge(
                        error == null
                                ? "HTTP " + response.statusCode()
                                : cause.getClass().getSimpleName(),
                        1L,
                        Long::sum);
            }
            return null;
        });
    }

    /** The same request once more (same body, same Idempotency-Key) after a transport failure; others stand. */
    private CompletableFuture<HttpResponse<Void>> retry(HttpRequest request, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof IOException)) {
            return CompletableFuture.failedFuture(cause);
        }
        retried.merge(cause.getClass().getSimpleName(), 1L, Long::sum);
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    static String randomOrder() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder lines = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            lines.append(i == 0 ? "" : ",")
                    .append("{\"sku\":\"")
                    .append(SKUS[random.nextInt(SKUS.length)])
                    .append("\",\"quantity\":")
                    .append(1 + random.nextInt(3))
                    .append('}');
        }
        int customer = random.nextInt(1000);
        return "{\"customer\":{\"id\":\"cust-" + customer + "\",\"email\":\"shopper" + customer
                + "@example.com\",\"name\":\"Shopper " + customer + "\"},\"line_items\":[" + lines
                + "],\"payment_token\":\"tok_visa\"}";
    }

    private static Duration percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
        return Duration.ofNanos(sorted.get(Math.max(0, index)));
    }
}
