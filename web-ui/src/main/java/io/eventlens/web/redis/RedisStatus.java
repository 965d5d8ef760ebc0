package io.eventlens.web.redis;

import io.eventlens.lag.health.ConnectionStatus;
import io.eventlens.lag.health.RedisProbe;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.startup.StartupException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Whether the configured Redis answers. Redis never stops the start: an absent or silent Redis
 * shows as "not connected" with the reason, and Redis sources wait for it.
 */
@Component
public class RedisStatus {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration CACHE = Duration.ofSeconds(5);

    private final RedisProbe probe;
    private final Clock clock;
    private ConnectionStatus last;
    private Instant lastAt = Instant.MIN;

    @Autowired
    public RedisStatus(EventLensProperties properties) {
        this(properties.redis().url(), Clock.systemUTC());
    }

    RedisStatus(String url, Clock clock) {
        this.clock = clock;
        if (url == null || url.isBlank()) {
            this.probe = null;
            this.last = ConnectionStatus.down("(none)", "eventlens.redis.url is not set");
            return;
        }
        try {
            this.probe = new RedisProbe(url, TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw new StartupException(
                    "eventlens.redis.url",
                    url,
                    e.getMessage(),
                    "Give a URL like redis://127.0.0.1:6379, or leave the setting empty to run without Redis.",
                    e);
        }
    }

    /** The latest answer, asked again when older than a few seconds. */
    public synchronized ConnectionStatus current() {
        if (probe == null) {
            return last;
        }
        Instant now = clock.instant();
        if (last == null || now.isAfter(lastAt.plus(CACHE))) {
            last = probe.probe();
            lastAt = now;
        }
        return last;
    }
}
