package io.eventlens.dlq.discovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Finds dead-letter queues: Kafka topics and Redis streams named by a convention ({@link DlqNaming}),
 * plus configured names (which count whatever they are called). Either source may be absent (null).
 */
public final class Discovery {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int SCAN_BATCH = 500;
    /** Bound on keys looked at per discovery, so a huge keyspace costs bounded time. */
    private static final int MAX_REDIS_KEYS = 100_000;

    private final Admin admin;
    private final UnifiedJedis redis;
    private final Set<String> configuredTopics;
    private final Set<String> configuredStreams;

    public Discovery(Admin admin, UnifiedJedis redis, Set<String> configuredTopics, Set<String> configuredStreams) {
        this.admin = admin;
        this.redis = redis;
        this.configuredTopics = Set.copyOf(configuredTopics);
        this.configuredStreams = Set.copyOf(configuredStreams);
    }

    /** Every queue found, dead letters first, then by name. */
    public List<DeadLetterQueue> discover() {
        Map<String, DeadLetterQueue> found = new LinkedHashMap<>();
        if (admin != null) {
            add(found, kafkaTopics(), configuredTopics, Backend.KAFKA);
        }
        if (redis != null) {
            add(found, redisStreams(), configuredStreams, Backend.REDIS);
        }
        List<DeadLetterQueue> queues = new ArrayList<>(found.values());
        queues.sort(Comparator.comparing(DeadLetterQueue::kind).thenComparing(DeadLetterQueue::name));
        return queues;
    }

    private static void add(
            Map<String, DeadLetterQueue> found, Collection<String> names, Set<String> configured, Backend backend) {
        for (String name : names) {
            if (configured.contains(name)) {
                found.put(name, new DeadLetterQueue(name, backend, QueueKind.DEAD_LETTER, "configured"));
            } else {
                DlqNaming.classify(name, backend).ifPresent(queue -> found.putIfAbsent(name, queue));
            }
        }
    }

    private Collection<String> kafkaTopics() {
        try {
            return admin.listTopics(new ListTopicsOptions().listInternal(false))
                    .names()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryException("interrupted while listing Kafka topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DiscoveryException("Kafka does not list its topics: " + e.getMessage(), e);
        }
    }

    private List<String> redisStreams() {
        List<String> keys = new ArrayList<>();
        ScanParams params = new ScanParams().count(SCAN_BATCH);
        String cursor = ScanParams.SCAN_POINTER_START;
        int seen = 0;
        do {
            ScanResult<String> page = redis.scan(cursor, params, "stream");
            keys.addAll(page.getResult());
            seen += page.getResult().size();
            cursor = page.getCursor();
        } while (!"0".equals(cursor) && seen < MAX_REDIS_KEYS);
        for (String name : configuredStreams) {
            if (!keys.contains(name) && redis.exists(name)) {
                keys.add(name);
            }
        }
        return keys;
    }
}
