package io.eventlens.lag.health;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.util.JedisURIHelper;

/** Sends PING to a Redis server, within a deadline. */
public final class RedisProbe {

    private final URI uri;
    private final Duration timeout;

    /**
     * @param url {@code redis://[user:password@]host:port[/db]} or {@code rediss://...}
     * @param timeout connect and read timeout
     * @throws IllegalArgumentException when the URL is not a redis URL, naming it and the allowed form
     */
    public RedisProbe(String url, Duration timeout) {
        this.uri = parse(url);
        this.timeout = timeout;
    }

    public ConnectionStatus probe() {
        String target = redacted(uri);
        int millis = (int) timeout.toMillis();
        // RESP2 explicitly: Redis 6 and 7 servers otherwise draw a negotiation warning on every probe
        DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis)
                .socketTimeoutMillis(millis)
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri))
                .database(JedisURIHelper.getDBIndex(uri))
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .protocol(RedisProtocol.RESP2)
                .build();
        try (Jedis jedis = new Jedis(JedisURIHelper.getHostAndPort(uri), config)) {
            String pong = jedis.ping();
            String version = jedis.info("server")
                    .lines()
                    .filter(line -> line.startsWith("redis_version:"))
                    .map(line ->
                            "Redis " + line.substring("redis_version:".length()).strip())
                    .findFirst()
                    .orElse(pong);
            return ConnectionStatus.up(target, version);
        } catch (RuntimeException e) {
            return ConnectionStatus.down(target, reason(e));
        }
    }

    /** Jedis hides the socket's own words (e.g. "Connection refused") in causes or suppressed errors. */
    private static String reason(Throwable error) {
        StringBuilder reason = new StringBuilder(error.getMessage() == null ? error.toString() : error.getMessage());
        Throwable next = error.getCause() != null
                ? error.getCause()
                : error.getSuppressed().length > 0 ? error.getSuppressed()[0] : null;
        for (int depth = 0; next != null && depth < 5; depth++) {
            if (next.getMessage() != null && reason.indexOf(next.getMessage()) < 0) {
                reason.append(" (").append(next.getMessage()).append(')');
            }
            next = next.getCause() != null
                    ? next.getCause()
                    : next.getSuppressed().length > 0 ? next.getSuppressed()[0] : null;
        }
        return reason.toString();
    }

    /** Checks a Redis URL; the message names it and the allowed form. */
    public static URI parse(String url) {
        String allowed = "expected redis://host:port or rediss://host:port (optionally user:password@ and /db)";
        try {
            URI uri = new URI(url);
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("Redis URL '" + url + "' is not valid: " + allowed);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "Redis URL '" + url + "' is not valid (" + e.getReason() + "): " + allowed, e);
        }
    }

    /** The URL as shown to people: never with its password. */
    public static String redacted(URI uri) {
        int port = uri.getPort() == -1 ? 6379 : uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + ":" + port + (uri.getPath() == null ? "" : uri.getPath());
    }
}
