package io.eventlens.dlq.depth;

import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.discovery.DiscoveryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Measures queue depth and the oldest record's time: Kafka with one ListOffsets pair per topic and
 * one fetch of each partition's first record, Redis with XLEN and the first entry id (its
 * milliseconds are the write time). Not thread-safe (it owns one consumer); one caller polls.
 */
public final class DepthReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final Consumer<byte[], byte[]> consumer;
    private final UnifiedJedis redis;
    private final Clock clock;

    /** @param consumer a read_committed consumer without a group, used only to read first records */
    public DepthReader(Admin admin, Consumer<byte[], byte[]> consumer, UnifiedJedis redis, Clock clock) {
        this.admin = admin;
        this.consumer = consumer;
        this.redis = redis;
        this.clock = clock;
    }

    public QueueDepth read(DeadLetterQueue queue) {
        return queue.backend() == Backend.KAFKA ? kafka(queue) : redis(queue);
    }

    private QueueDepth redis(DeadLetterQueue queue) {
        long length = redis.xlen(queue.name());
        List<StreamEntry> first = redis.xrange(queue.name(), "-", "+", 1);
        Instant oldest = first.isEmpty()
                ? null
                : Instant.ofEpochMilli(first.get(0).getID().getTime());
        return new QueueDepth(queue, length, oldest, clock.instant());
    }

    private QueueDepth kafka(DeadLetterQueue queue) {
        try {
            TopicDescription topic = admin.describeTopics(List.of(queue.name()))
                    .allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .get(queue.name());
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topic.partitions().forEach(p -> {
                TopicPartition tp = new TopicPartition(queue.name(), p.partition());
                earliest.put(tp, OffsetSpec.earliest());
                latest.put(tp, OffsetSpec.latest());
            });
            Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(earliest);
            Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(latest);
            long depth = 0;
            List<TopicPartition> nonEmpty = new ArrayList<>();
            for (TopicPartition tp : starts.keySet()) {
                long held = ends.get(tp).offset() - starts.get(tp).offset();
                depth += held;
                if (held > 0) {
                    nonEmpty.add(tp);
                }
            }
            return new QueueDepth(queue, depth, oldest(nonEmpty, starts), clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryException("interrupted while measuring " + queue.name(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DiscoveryException("Kafka does not describe topic " + queue.name() + ": " + e.getMessage(), e);
        }
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Map<TopicPartition, OffsetSpec> specs)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.listOffsets(specs).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The earliest timestamp among the partitions' first records (transaction markers hold none). */
    private Instant oldest(List<TopicPartition> partitions, Map<TopicPartition, ListOffsetsResultInfo> starts) {
        if (partitions.isEmpty()) {
            return null;
        }
        consumer.assign(partitions);
        partitions.forEach(tp -> consumer.seek(tp, starts.get(tp).offset()));
        Map<TopicPartition, Long> first = new HashMap<>();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (first.size() < partitions.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.timestamp());
            }
            // a partition holding only aborted records or markers yields nothing; its position moves past them
            partitions.stream()
                    .filter(tp -> !first.containsKey(tp) && consumer.position(tp) >= endOf(tp))
                    .forEach(tp -> first.put(tp, Long.MAX_VALUE));
        }
        consumer.unsubscribe();
        return first.values().stream()
                .filter(t -> t != Long.MAX_VALUE)
                .min(Long::compare)
                .map(Instant::ofEpochMilli)
                .orElse(null);
    }

    private long endOf(TopicPartition tp) {
        return consumer.endOffsets(List.of(tp), Duration.ofSeconds(2)).get(tp);
    }
}
