package io.eventlens.reference.bench;

import io.eventlens.reference.app.ReferenceConfig;
import io.eventlens.reference.app.ReferenceSystem;
import io.eventlens.reference.event.Names;
import io.eventlens.reference.kafka.EmbeddedKafkaBroker;
import io.eventlens.reference.load.LoadGenerator;
import io.eventlens.reference.load.LoadReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * The two measurements, run by hand (never in CI):
 * <ol>
 * <li>POST /orders latency at {@code rate} orders/s for {@code seconds}, email delay 3 s and the
 * warehouse down: async mode, then sync mode, in the same run;</li>
 * <li>saga throughput: {@code sagaOrders} orders posted as fast as the API takes them, then completed
 * (or cancelled) orders per second from the first post to the last saga's end.</li>
 * </ol>
 * Arguments: {@code rate seconds sagaOrders jdbcUrl} (defaults 100 30 3000 and an H2 file; a
 * {@code jdbc:postgresql:} URL runs in a new schema of that database, user postgres).
 */
public final class OrderBenchmark {

    private OrderBenchmark() {}

    public static void main(String[] args) throws Exception {
        LoadGenerator.useCommonPoolForCompletions();
        System.setProperty("sun.net.httpserver.nodelay", "true"); // as ApiServer does; the trace sink starts first
        double rate = args.length > 0 ? Double.parseDouble(args[0]) : 100;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        int sagaOrders = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        Path dir = Files.createTempDirectory("eventlens-bench-");
        String jdbc = args.length > 3
                ? args[3]
                : "jdbc:h2:file:" + dir.resolve("db")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir.resolve("kafka"), 0, 0).start();
                OtlpSink traces = new OtlpSink()) {
            String run = "b" + UUID.randomUUID().toString().substring(0, 6);
            boolean postgres = jdbc.startsWith("jdbc:postgresql");
            ReferenceConfig config = new ReferenceConfig()
                    .http("127.0.0.1", 0)
                    .httpThreads(600)
                    .kafka(broker.bootstrapServers())
                    .names(new Names(run + "-"))
                    // each PostgreSQL run gets a schema of its own, so earlier runs' rows stay out of the figures
                    .database(
                            postgres ? jdbc + (jdbc.contains("?") ? "&" : "?") + "currentSchema=" + run : jdbc,
                            postgres ? "postgres" : "sa",
                            "",
                            postgres ? run : null)
                    .otlpEndpoint(traces.endpoint());
            config.faults().emailDelay(Duration.ofSeconds(3)).warehouseDown(true);
            try (ReferenceSystem system = ReferenceSystem.start(config)) {
                latency(system, rate, duration);
                system.faults().warehouseDown(false).emailDelay(Duration.ZERO);
                throughput(system, sagaOrders);
            }
            System.out.println("RESULT tracing: " + traces.summary());
        }
    }

    private static void latency(ReferenceSystem system, double rate, Duration duration) {
        // warm-up, not measured: JIT, connection pools, consumer group joins
        new LoadGenerator(system.baseUrl(), "async").run(rate, Duration.ofSeconds(10), line -> {});
        new LoadGenerator(system.baseUrl(), "sync").run(rate / 10, Duration.ofSeconds(5), line -> {});
        GcPauses gc = new GcPauses();
        gc.start();
        LoadReport async = new LoadGenerator(system.baseUrl(), "async").run(rate, duration, System.out::println);
        String asyncGc = gc.stop();
        gc.start();
        LoadReport sync = new LoadGenerator(system.baseUrl(), "sync").run(rate, duration, System.out::println);
        String syncGc = gc.stop();
        System.out.println("RESULT latency async: " + async.line() + "; " + asyncGc);
        System.out.println("RESULT latency sync:  " + sync.line() + "; " + syncGc);
    }

    private static void throughput(ReferenceSystem system, int orders) {
        long before = finished(system);
        long start = System.nanoTime();
        LoadReport posted = new LoadGenerator(system.baseUrl(), "async")
                .run(2000, Duration.ofMillis(orders / 2), System.out::println);
        long target = before + posted.accepted();
        while (finished(system) < target) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "RESULT saga throughput: %d orders finished in %.1f s = %.0f orders/s%n",
                posted.accepted(), seconds, posted.accepted() / seconds);
    }

    private static long finished(ReferenceSystem system) {
        return system.database().inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(
                            "SELECT COUNT(*) FROM order_orders WHERE mode = 'async' AND status <> 'PENDING'")) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
