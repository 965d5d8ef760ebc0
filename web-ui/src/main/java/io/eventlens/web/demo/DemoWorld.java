package io.eventlens.web.demo;

import io.eventlens.reference.app.ReferenceConfig;
import io.eventlens.reference.app.ReferenceSystem;
import io.eventlens.reference.app.Service;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.load.LoadGenerator;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference order system running beside the embedded broker in demo mode, under a gentle load
 * (2 orders/s) with some faults on (declines, stock-outs, refused parcels, duplicates, a slow mail
 * server, a few poison records), so every page has live data within a minute.
 */
final class DemoWorld implements AutoCloseable {

    static final int PREFERRED_PORT = 8081;
    static final double ORDERS_PER_SECOND = 2;
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);

    private final ReferenceSystem system;
    private final LoadGenerator load;
    private final Thread loadThread;

    private DemoWorld(ReferenceSystem system, double ordersPerSecond) {
        this.system = system;
        this.load = new LoadGenerator(system.baseUrl(), "async");
        this.loadThread = new Thread(() -> load.run(ordersPerSecond, Duration.ofDays(365), LOG::debug), "demo-load");
        loadThread.setDaemon(true);
    }

    /**
     * @param redisUrl EventLens's Redis ({@code redis://host:port}); blank runs without the email service
     * @param otlpEndpoint where the services send their spans (EventLens's own endpoint)
     */
    static DemoWorld start(
            String bootstrapServers,
            Path folder,
            String redisUrl,
            String otlpEndpoint,
            int port,
            double ordersPerSecond) {
        ReferenceSystem system;
        try {
            system = ReferenceSystem.start(config(bootstrapServers, folder, redisUrl, otlpEndpoint, port));
        } catch (UncheckedIOException e) {
            LOG.warn(
                    "The reference system cannot listen on port {} ({}); it takes a free port instead",
                    port,
                    e.getMessage());
            system = ReferenceSystem.start(config(bootstrapServers, folder, redisUrl, otlpEndpoint, 0));
        }
        system.injectPoison(Topics.ORDERS, 3);
        DemoWorld world = new DemoWorld(system, ordersPerSecond);
        if (ordersPerSecond > 0) {
            world.loadThread.start();
        }
        LOG.info(
                "Demo: the reference order system runs at {} ({} orders/s, some faults on)",
                system.baseUrl(),
                ordersPerSecond);
        return world;
    }

    static ReferenceConfig config(
            String bootstrapServers, Path folder, String redisUrl, String otlpEndpoint, int port) {
        ReferenceConfig config = new ReferenceConfig()
                .http("127.0.0.1", port)
                .kafka(bootstrapServers)
                .database(
                        "jdbc:h2:file:" + folder.resolve("reference").toAbsolutePath()
                                // closed by close(), after the load generator stops, not by H2's own shutdown hook
                                // first
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE",
                        "sa",
                        "",
                        null)
                .otlpEndpoint(otlpEndpoint)
                .retryScale(0.1);
        URI redis = redisUrl == null || redisUrl.isBlank() ? null : URI.create(redisUrl);
        if (redis != null) {
            config.redis(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort());
        }
        if (redis == null
                || !ReferenceSystem.redisAnswers(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort())) {
            LOG.warn("Demo: no Redis, so the reference system runs without its email service");
            config.services(EnumSet.complementOf(EnumSet.of(Service.EMAIL)));
        }
        config.faults()
                .paymentDeclineRate(0.05)
                .outOfStockRate(0.05)
                .shipmentFailureRate(0.03)
                .duplicateDeliveryRate(0.05)
                .emailDelay(Duration.ofSeconds(3));
        return config;
    }

    String baseUrl() {
        return system.baseUrl();
    }

    /** The reference system's admin token (random per start, logged at start). */
    String adminToken() {
        return system.adminToken();
    }

    @Override
    public void close() {
        load.stop();
        system.close();
    }
}
