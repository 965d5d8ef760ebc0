package io.eventlens.web.lag;

import io.eventlens.lag.health.RedisProbe;
import io.eventlens.web.startup.StartupException;

/**
 * The Redis whose streams the lag monitor reads: {@code eventlens.redis.url}, or in demo mode the
 * embedded one started when nothing answers there.
 *
 * @param url {@code redis://host:port}; blank when Redis is not watched
 * @throws StartupException when the URL is not a Redis URL, naming it and the allowed form
 */
public record RedisEndpoint(String url) {

    public RedisEndpoint {
        url = url == null ? "" : url.strip();
        if (!url.isEmpty()) {
            try {
                RedisProbe.parse(url);
            } catch (IllegalArgumentException e) {
                throw new StartupException(
                        "eventlens.redis.url",
                        url,
                        e.getMessage(),
                        "Give a URL like redis://127.0.0.1:6379, or leave the setting empty to run without Redis.",
                        e);
            }
        }
    }
}
