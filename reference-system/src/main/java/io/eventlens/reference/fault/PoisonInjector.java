package io.eventlens.reference.fault;

import io.eventlens.reference.event.Names;
import io.eventlens.reference.event.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Publishes malformed records (poison) to a topic, and malformed jobs to the email stream, so the
 * dead-letter paths have something to show. Each kind of damage is one a real producer makes.
 */
public final class PoisonInjector {

    private static final Logger LOG = LoggerFactory.getLogger(PoisonInjector.class);

    private static final List<String> DAMAGE = List.of(
            "{\"event_type\": \"OrderPlaced\", \"data\": {\"order_id\": ",
            "not json at all",
            "{\"event_type\": \"OrderPlaced\", \"schema_version\": 1, \"source\": \"legacy-shop\"}",
            "[1, 2, 3]");

    private final Producer<String, byte[]> producer;
    private final UnifiedJedis redis;
    private final Names names;

    public PoisonInjector(Producer<String, byte[]> producer, UnifiedJedis redis, Names names) {
        this.producer = producer;
        this.redis = redis;
        this.names = names;
    }

    /** Sends {@code count} poison records to {@code topic} (a base name) and one bad email job. */
    public int inject(String topic, int count) {
        if (!Topics.ALL.contains(topic)) {
            throw new IllegalArgumentException("unknown topic \"" + topic + "\": allowed " + Topics.ALL);
        }
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("count " + count + " is out of range: allowed 1 to 1000");
        }
        try {
            for (int i = 0; i < count; i++) {
                String value = DAMAGE.get(i % DAMAGE.size());
                producer.send(new ProducerRecord<>(
                                names.of(topic), "poison-" + UUID.randomUUID(), value.getBytes(StandardCharsets.UTF_8)))
                        .get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while injecting poison", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot publish poison to " + topic + ": " + e.getMessage(), e);
        }
        try {
            redis.xadd(
                    names.of(Topics.EMAIL_STREAM),
                    StreamEntryID.NEW_ENTRY,
                    Map.of("event_id", "poison-" + UUID.randomUUID(), "kind", "order-confirmation"));
        } catch (JedisException e) {
            LOG.warn("No poison email job: Redis does not answer ({})", e.getMessage());
        }
        return count;
    }
}
