package io.eventlens.dlq.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.dlq.depth.DepthHistory;
import io.eventlens.dlq.depth.DepthReader;
import io.eventlens.dlq.depth.DlqMonitor;
import io.eventlens.dlq.depth.QueueDepth;
import io.eventlens.dlq.replay.KafkaTopics;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

@ExtendWith(KafkaBrokerExtension.class)
class DiscoveryIT {

    private final String p = "disc-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void queues_are_found_by_convention_and_by_configuration_measured_and_a_growing_dlq_raises_an_alert()
            throws Exception {
        String bootstrap = KafkaBrokerExtension.bootstrapServers();
        Map<String, Object> client = Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed");
        try (Admin admin = Admin.create(client);
                UnifiedJedis redis = RedisClient.create("127.0.0.1", 6379);
                KafkaConsumer<byte[], byte[]> consumer =
                        new KafkaConsumer<>(client, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = KafkaTopics.producer(bootstrap)) {
            KafkaTopics.create(
                    admin,
                    2,
                    p + "orders",
                    p + "orders-dlt",
                    p + "orders.DLT",
                    p + "orders-retry-1",
                    p + "failed-things");
            redis.xadd(p + "email-jobs-dlq", StreamEntryID.NEW_ENTRY, Map.of("order_id", "o1"));
            KafkaTopics.send(
                    producer,
                    p + "orders-dlt",
                    "k",
                    "{}".getBytes(),
                    KafkaTopics.springHeaders(p + "orders", 1, "X", "y"));
            List<DlqMonitor.GrowthAlert> alerts = new ArrayList<>();
            Discovery discovery = new Discovery(admin, redis, Set.of(p + "failed-things"), Set.of());
            DlqMonitor monitor = new DlqMonitor(
                    discovery,
                    new DepthReader(admin, consumer, redis, Clock.systemUTC()),
                    new DepthHistory(60, Duration.ofMinutes(5)),
                    alerts::add,
                    Duration.ZERO,
                    Clock.systemUTC());

            monitor.poll();
            KafkaTopics.send(
                    producer,
                    p + "orders-dlt",
                    "k2",
                    "{}".getBytes(),
                    KafkaTopics.springHeaders(p + "orders", 2, "X", "y"));
            List<QueueDepth> mine = monitor.poll().stream()
                    .filter(d -> d.queue().name().startsWith(p))
                    .toList();

            assertThat(mine)
                    .extracting(d -> d.queue().name() + " " + d.queue().kind() + " "
                            + d.queue().foundBy())
                    .containsExactlyInAnyOrder(
                            p + "email-jobs-dlq DEAD_LETTER suffix -dlq",
                            p + "failed-things DEAD_LETTER configured",
                            p + "orders-dlt DEAD_LETTER suffix -dlt",
                            p + "orders.DLT DEAD_LETTER suffix .DLT",
                            p + "orders-retry-1 RETRY suffix -retry");
            QueueDepth dlt = mine.stream()
                    .filter(d -> d.queue().name().equals(p + "orders-dlt"))
                    .findFirst()
                    .orElseThrow();
            assertThat(dlt.depth()).isEqualTo(2);
            assertThat(dlt.oldest()).isNotNull();
            assertThat(mine.stream()
                            .filter(d -> d.queue().backend() == Backend.REDIS)
                            .findFirst()
                            .orElseThrow()
                            .depth())
                    .isEqualTo(1);
            assertThat(alerts).extracting(a -> a.queue().name()).contains(p + "orders-dlt");
            assertThat(alerts.get(0).summary()).startsWith("DLQ " + p + "orders-dlt (kafka) grew from 1 to 2 records");
            redis.del(p + "email-jobs-dlq");
        }
    }
}
