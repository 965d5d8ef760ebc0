package io.eventlens.web.demo;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the demo world once the web server listens (so its first spans find {@code /v1/traces})
 * and stops it before the web server stops (so its exporter delivers the last spans and the stop
 * takes a second, not an exporter timeout). Lifecycles of a higher phase start later and stop sooner
 * than the web server's.
 */
public final class DemoWorldLifecycle implements SmartLifecycle {

    private final String bootstrapServers;
    private final Path folder;
    private final String redisUrl;
    private final WebServerApplicationContext context;
    private volatile DemoWorld world;

    DemoWorldLifecycle(String bootstrapServers, Path folder, String redisUrl, WebServerApplicationContext context) {
        this.bootstrapServers = bootstrapServers;
        this.folder = folder;
        this.redisUrl = redisUrl;
        this.context = context;
    }

    @Override
    public void start() {
        int port = context.getWebServer().getPort();
        world = DemoWorld.start(
                bootstrapServers,
                folder,
                redisUrl,
                "http://127.0.0.1:" + port + "/v1/traces",
                DemoWorld.PREFERRED_PORT,
                DemoWorld.ORDERS_PER_SECOND);
    }

    @Override
    public void stop() {
        DemoWorld running = world;
        world = null;
        if (running != null) {
            running.close();
        }
    }

    @Override
    public boolean isRunning() {
        return world != null;
    }

    /** After the web server's start and graceful-shutdown phases. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** The bundled reference system's base URL while it runs, for {@code GET /api/status}. */
    public Optional<String> referenceSystemUrl() {
        DemoWorld running = world;
        return running == null ? Optional.empty() : Optional.of(running.baseUrl());
    }

    /** The bundled reference system's admin token while it runs (its {@code /admin/faults} needs it). */
    public Optional<String> referenceAdminToken() {
        DemoWorld running = world;
        return running == null ? Optional.empty() : Optional.ofNullable(running.adminToken());
    }
}
