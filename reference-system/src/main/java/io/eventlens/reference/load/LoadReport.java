package io.eventlens.reference.load;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run did.
 *
 * @param accepted answers 2xx
 * @param refused answers 4xx/5xx or transport failures
 * @param p50 median latency of answered requests
 * @param refusals why requests were refused, e.g. {@code {HTTP 422=3, ConnectException=1}}
 * @param retried orders posted again with the same Idempotency-Key after a transport failure (only when the
 *                generator retries lost responses), e.g. {@code {IOException=1}}
 */
public record LoadReport(
        long sent,
        long accepted,
        long refused,
        Duration p50,
        Duration p99,
        Duration max,
        Map<String, Long> refusals,
        Map<String, Long> retried) {

    public LoadReport {
        refusals = Map.copyOf(refusals);
        retried = Map.copyOf(retried);
    }

    public String line() {
        return String.format(
                "sent %d, accepted %d, refused %d%s%s, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                sent,
                accepted,
                refused,
                refusals.isEmpty() ? "" : " " + new TreeMap<>(refusals),
                retried.isEmpty() ? "" : ", retried " + new TreeMap<>(retried),
                p50.toNanos() / 1e6,
                p99.toNanos() / 1e6,
                max.toNanos() / 1e6);
    }
}
