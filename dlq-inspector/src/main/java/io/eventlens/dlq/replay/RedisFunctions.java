package io.eventlens.dlq.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Redis Functions library {@code eventlens_dlq} (replay one entry; dead-letter entries delivered
 * too often), loaded on first use with FUNCTION LOAD REPLACE. Each function runs atomically.
 */
public final class RedisFunctions {

    private final UnifiedJedis redis;
    private volatile boolean loaded;

    public RedisFunctions(UnifiedJedis redis) {
        this.redis = redis;
    }

    void ensureLoaded() {
        if (loaded) {
            return;
        }
        try (InputStream in = RedisFunctions.class.getResourceAsStream("eventlens_dlq.lua")) {
            redis.functionLoadReplace(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            loaded = true;
        } catch (IOException e) {
            throw new UncheckedIOException("the Redis function library is missing from the jar", e);
        }
    }

    /** Moves one DLQ entry; returns {@code [outcome, newId]} with outcome moved, parked or gone. */
    List<String> replay(
            String dlq,
            String target,
            String parked,
            String counters,
            String id,
            String replayId,
            String jobId,
            int maxReplays) {
        ensureLoaded();
        @SuppressWarnings("unchecked")
        List<Object> reply = (List<Object>) redis.fcall(
                "eventlens_dlq_replay",
                List.of(dlq, target, parked, counters),
                List.of(id, replayId, jobId, String.valueOf(maxReplays)));
        return reply.stream().map(RedisFunctions::text).toList();
    }

    /**
     * Dead-letters, atomically per call, the pending entries of {@code group} on {@code stream} idle for
     * at least {@code minIdleMillis} and delivered {@code maxDeliveries} times or more: each is claimed,
     * added to {@code dlq} with where it came from and why, and acknowledged.
     *
     * @return the ids moved
     */
    public List<String> deadLetterExhausted(
            String stream,
            String dlq,
            String group,
            String consumer,
            long minIdleMillis,
            int maxDeliveries,
            int count) {
        ensureLoaded();
        @SuppressWarnings("unchecked")
        List<Object> reply = (List<Object>) redis.fcall(
                "eventlens_dlq_claim",
                List.of(stream, dlq),
                List.of(
                        group,
                        consumer,
                        String.valueOf(minIdleMillis),
                        String.valueOf(maxDeliveries),
                        String.valueOf(count)));
        return reply.stream().map(RedisFunctions::text).toList();
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
