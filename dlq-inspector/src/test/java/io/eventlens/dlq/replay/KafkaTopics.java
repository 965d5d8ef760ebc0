package io.eventlens.dlq.replay;

import io.eventlens.dlq.headers.HeaderNames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Test helpers: topics, dead-letter records with Spring's headers, and reading a topic read_committed. */
public final class KafkaTopics {

    private KafkaTopics() {}

    public static void create(Admin admin, int partitions, String... topics) throws Exception {
        List<NewTopic> all = new ArrayList<>();
        for (String topic : topics) {
            all.add(new NewTopic(topic, partitions, (short) 1));
        }
        admin.createTopics(all).all().get(30, TimeUnit.SECONDS);
        // a fresh topic answers "not leader" for a moment: wait until every partition has its leader
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline
                && admin.describeTopics(List.of(topics)).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
                        .flatMap(d -> d.partitions().stream())
                        .anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /** Spring Kafka dead-letter headers for a record of {@code origin} that failed with {@code exception}. */
    public static RecordHeaders springHeaders(String origin, long offset, String exception, String message) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(HeaderNames.DLT_ORIGINAL_TOPIC, origin.getBytes(StandardCharsets.UTF_8));
        headers.add(
                HeaderNames.DLT_ORIGINAL_PARTITION,
                ByteBuffer.allocate(4).putInt(0).array());
        headers.add(
                HeaderNames.DLT_ORIGINAL_OFFSET,
                ByteBuffer.allocate(8).putLong(offset).array());
        headers.add(HeaderNames.DLT_EXCEPTION_FQCN, exception.getBytes(StandardCharsets.UTF_8));
        headers.add(HeaderNames.DLT_EXCEPTION_MESSAGE, message.getBytes(StandardCharsets.UTF_8));
        headers.add(HeaderNames.DLT_EXCEPTION_STACKTRACE, ("at " + exception).getBytes(StandardCharsets.UTF_8));
        headers.add("retry_topic-attempts", ByteBuffer.allocate(4).putInt(3).array());
        return headers;
    }

    public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static void send(
            KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value, RecordHeaders headers)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, null, key.getBytes(StandardCharsets.UTF_8), value, headers))
                .get(30, TimeUnit.SECONDS);
    }

    /** The latest-offset spec of every partition of {@code topic}, for {@code Admin.listOffsets}. */
    public static Map<TopicPartition, OffsetSpec> latest(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(topic)
                .partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        return latest;
    }

    /** Every committed record of {@code topic}, read to its end with read_committed. */
    public static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
