package io.eventlens.reference.messaging;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Client settings shared by every service: keys are order ids as text, values raw bytes. */
public final class KafkaClients {

    private final Map<String, Object> common;

    /** @param common {@code bootstrap.servers} and any security settings */
    public KafkaClients(Map<String, Object> common) {
        this.common = Map.copyOf(common);
    }

    public static KafkaClients at(String bootstrapServers) {
        return new KafkaClients(Map.of("bootstrap.servers", bootstrapServers));
    }

    /** Idempotent, ordered per key, acknowledged by all replicas. */
    public KafkaProducer<String, byte[]> producer(String clientId) {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Manual commits after each processed batch; a new group starts from the earliest record. */
    public KafkaConsumer<String, byte[]> consumer(String group, String clientId) {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        // A poll takes at most 200 events of about 1 KiB. Kafka's defaults (1 MiB a partition, 50 MiB a
        // fetch) make every fetch response a buffer of up to megabytes, which G1 must allocate as a
        // humongous object; a paused retry partition re-fetches its backlog each time it resumes, so
        // those buffers come often. Below half a G1 region (512 KiB in a small heap) they stay ordinary.
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 256 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 384 * 1024);
        // a crashed process's partitions move to the survivors after 10 s rather than Kafka's default 45 s
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false); // TopicSetup makes them, with partitions
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    public Map<String, Object> common() {
        return common;
    }
}
