package io.eventlens.web.demo;

import io.eventlens.reference.app.ReferenceSystem;
import io.eventlens.web.lag.RedisEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The demo's Redis: the configured one when it answers; otherwise an embedded Redis 6.2 (from
 * embedded-redis, DESIGN.md) on a free port, so a machine with only Java runs the email service, its
 * dead-letter stream and their lag. Nothing is kept on disk.
 */
final class DemoRedis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRedis.class);

    private final String url;
    private final RedisServer embedded;

    private DemoRedis(String url, RedisServer embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    /** @param configured {@code eventlens.redis.url}; blank keeps the demo without Redis */
    static DemoRedis start(String configured) {
        if (configured == null || configured.isBlank()) {
            return new DemoRedis("", null);
        }
        URI uri = URI.create(new RedisEndpoint(configured).url()); // a URL that is not redis:// stops the start
        if (ReferenceSystem.redisAnswers(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())) {
            return new DemoRedis(configured.strip(), null);
        }
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .bind("127.0.0.1")
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            LOG.info("Demo: nothing answers at {}, so an embedded Redis runs on 127.0.0.1:{}", configured, port);
            return new DemoRedis("redis://127.0.0.1:" + port, server);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Demo: nothing answers at {} and the embedded Redis cannot start ({}); running without Redis",
                    configured,
                    e.toString());
            return new DemoRedis(configured.strip(), null);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
