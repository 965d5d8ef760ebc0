package io.eventlens.reference.load;

import java.time.Duration;

/**
 * What a load run did.
 *
 * @param accepted answers 2xx
 * @param refused answers 4xx/5xx or transport failures
 * @param p50 median latency of answered requests
 */
public record LoadReport(long sent, long accepted, long refused, Duration p50, Duration p99, Duration max) {

    public String line() {
        return String.format("sent %d, accepted %d, refused %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sent, accepted,
                refused, p50.toNanos() / 1e6, p99.toNanos() / 1e6, max.toNanos() / 1e6);
    }
}
