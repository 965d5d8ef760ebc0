package io.eventlens.dlq.browse;

import io.eventlens.dlq.headers.HeaderDecoder;
import io.eventlens.dlq.headers.RawHeader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads dead-letter topics with a short-lived consumer that has no group (it commits nothing) and
 * reads committed records only. Each call reads from the start of each partition up to the end
 * offsets seen when it began, at most {@code max} records. Thread-safe (a consumer per call).
 */
public final class KafkaDlqReader {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofSeconds(20);

    private final Map<String, Object> clientProperties;
    private final HeaderDecoder decoder = new HeaderDecoder();

    /** @param clientProperties ordinary client properties, {@code bootstrap.servers} included */
    public KafkaDlqReader(Map<String, Object> clientProperties) {
        this.clientProperties = Map.copyOf(clientProperties);
    }

    /** Hands each record of {@code topic} to {@code sink}, oldest first per partition; returns how many. */
    public int scan(String topic, int max, Consumer<DlqMessage> sink) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            int seen = 0;
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            while (seen < max && !done(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (seen < max && record.offset() < ends.get(new TopicPartition(topic, record.partition()))) {
                        sink.accept(toMessage(record));
                        seen++;
                    }
                }
            }
            return seen;
        }
    }

    /** The record at {@code partition}/{@code offset}, or empty when the topic no longer holds it. */
    public Optional<DlqMessage> fetch(String topic, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline && consumer.position(tp) <= offset) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == offset) {
                        return Optional.of(toMessage(record));
                    }
                    if (record.offset() > offset) {
                        return Optional.empty();
                    }
                }
                if (consumer.position(tp) >= consumer.endOffsets(List.of(tp)).get(tp)) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    /** A record as a dead-letter message. */
    public DlqMessage toMessage(ConsumerRecord<byte[], byte[]> record) {
        List<RawHeader> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new RawHeader(header.key(), header.value()));
        }
        return new DlqMessage(
                record.topic(),
                record.partition() + "-" + record.offset(),
                record.partition(),
                record.offset(),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                record.value(),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()),
                decoder.decode(headers),
                headers);
    }

    private static boolean done(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        if (infos == null || infos.isEmpty()) {
            throw new UnknownQueueException(topic, "Kafka has no topic of that name");
        }
        return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(clientProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventlens-dlq-browse");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
