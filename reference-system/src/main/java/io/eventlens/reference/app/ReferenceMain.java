package io.eventlens.reference.app;

import io.eventlens.reference.event.Names;
import io.eventlens.reference.kafka.EmbeddedKafkaBroker;
import io.eventlens.reference.load.LoadGenerator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the reference system on its own ({@code run}, the default) or the load generator against a
 * running one ({@code load}). Without {@code --kafka} it starts the embedded broker on 127.0.0.1:19092.
 * See the module's README for the options.
 */
public final class ReferenceMain {

    private ReferenceMain() {}

    public static void main(String[] args) throws InterruptedException {
        LoadGenerator.useCommonPoolForCompletions();
        boolean load = args.length > 0 && args[0].equals("load");
        String[] options =
                load || (args.length > 0 && args[0].equals("run")) ? Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLine line;
        try {
            line = new CommandLine(options);
            if (load) {
                runLoad(line);
            } else {
                runSystem(line);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("reference-system: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void runLoad(CommandLine line) {
        new LoadGenerator(line.text("url", "http://127.0.0.1:8081"), line.text("mode", "async"))
                .run(
                        line.number("load-rate", 10),
                        line.duration("load-duration", Duration.ofSeconds(60)),
                        System.out::println);
    }

    private static void runSystem(CommandLine line) throws InterruptedException {
        EmbeddedKafkaBroker broker = line.has("kafka")
                ? null
                : new EmbeddedKafkaBroker(Path.of("data", "reference-kafka"), 19092, 0).start();
        ReferenceConfig config = configure(line, broker);
        ReferenceSystem system = ReferenceSystem.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            if (broker != null) {
                broker.close();
            }
            stopped.countDown();
        }));
        if (line.has("load-rate")) {
            new LoadGenerator(system.baseUrl(), line.text("mode", "async"))
                    .run(
                            line.number("load-rate", 1),
                            line.duration("load-duration", Duration.ofDays(365)),
                            System.out::println);
        }
        stopped.await();
    }

    static ReferenceConfig configure(CommandLine line, EmbeddedKafkaBroker broker) {
        ReferenceConfig config = new ReferenceConfig()
                .http("127.0.0.1", (int) line.number("http-port", 8081))
                .kafka(broker != null ? broker.bootstrapServers() : line.text("kafka", ""))
                .otlpEndpoint(line.text("otlp-endpoint", "http://localhost:8080/v1/traces"))
                .retryScale(line.number("retry-scale", 1.0))
                .maxAttempts((int) line.number("max-attempts", 6))
                .names(new Names(line.text("name-prefix", "")))
                .services(line.services())
                .adminToken(line.text("admin-token", System.getenv("REFERENCE_ADMIN_TOKEN")));
        if (line.has("jdbc-url")) {
            config.database(
                    line.text("jdbc-url", ""), line.text("jdbc-user", "sa"), line.text("jdbc-password", ""), null);
        }
        String[] redis = line.text("redis", "127.0.0.1:6379").split(":");
        config.redis(redis[0], redis.length > 1 ? Integer.parseInt(redis[1]) : 6379);
        config.faults()
                .paymentDeclineRate(line.number("payment-decline-rate", 0))
                .outOfStockRate(line.number("out-of-stock-rate", 0))
                .shipmentFailureRate(line.number("shipment-failure-rate", 0))
                .duplicateDeliveryRate(line.number("duplicate-delivery-rate", 0))
                .emailDelay(Duration.ofMillis((long) line.number("email-delay-ms", 3000)))
                .warehouseDown(Boolean.parseBoolean(line.text("warehouse-down", "false")));
        return config;
    }
}
