package io.eventlens.lag.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.catalog.testing.MovableClock;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagMonitor;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.status.Status;
import io.eventlens.lag.status.StatusRules;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live consumers (group members, subscribed) driven step by step at controlled speeds: each step the
 * producer writes a fixed number of messages, the consumer processes a fixed number and commits, and
 * the monitor polls once. A member that commits the same offset is STALL; a slow one is WARN.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ConsumerStatusIT {

    private final String topic = "status-it-" + UUID.randomUUID();
    private final String group = "group-" + UUID.randomUUID();
    private final TopicPartition partition = new TopicPartition(topic, 0);
    private final MovableClock clock = MovableClock.fromNow();
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private LagMonitor monitor;

    @BeforeEach
    void start() throws Exception {
        String servers = KafkaBrokerExtension.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", servers), new StringSerializer(), new StringSerializer());
        consumer = new KafkaConsumer<>(
                Map.of(
                        "bootstrap.servers",
                        servers,
                        "group.id",
                        group,
                        "enable.auto.commit",
                        "false",
                        "auto.offset.reset",
                        "earliest",
                        "max.poll.records",
                        "1"),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(0)));
        monitor = new LagMonitor(
                List.of(new KafkaLagSource(Map.of("bootstrap.servers", servers), Duration.ofSeconds(10))),
                new StatusRules(4, Duration.ZERO, 0, 1.0),
                60,
                clock);
    }

    @AfterEach
    void stop() {
        consumer.close();
        producer.close();
        monitor.close();
    }

    @Test
    void a_live_consumer_that_commits_the_same_offset_while_messages_arrive_is_stall() throws Exception {
        PartitionLag lag = null;
        for (int step = 0; step < 5; step++) {
            produce(3);
            consumer.poll(Duration.ofMillis(50));
            consumer.seek(partition, 0); // it reads, but never gets past the first message
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(0)));
            lag = step(Duration.ofSeconds(5));
        }
        assertThat(lag.status()).isEqualTo(Status.STALL);
        assertThat(lag.owner()).isNotNull();
        assertThat(lag.reason()).contains("a consumer is attached but makes no progress");
    }

    @Test
    void a_consumer_slower_than_its_producer_is_warn() throws Exception {
        PartitionLag lag = null;
        for (int step = 0; step < 5; step++) {
            produce(5);
            processAndCommit(2);
            lag = step(Duration.ofSeconds(5));
        }
        assertThat(lag.status()).isEqualTo(Status.WARN);
        assertThat(lag.reason()).contains("the consumer is not keeping up");
    }

    @Test
    void a_consumer_faster_than_its_producer_is_ok() throws Exception {
        PartitionLag lag = null;
        for (int step = 0; step < 5; step++) {
            produce(2);
            processAndCommit(10);
            lag = step(Duration.ofSeconds(5));
        }
        assertThat(lag.status()).isEqualTo(Status.OK);
        assertThat(lag.lag()).isZero();
    }

    @Test
    void a_stopped_consumer_whose_group_has_no_members_left_is_stop() throws Exception {
        for (int step = 0; step < 4; step++) {
            produce(2);
            processAndCommit(2);
            step(Duration.ofSeconds(1));
        }
        consumer.close();
        clock.advance(Duration.ofSeconds(30));
        PartitionLag lag = null;
        for (int step = 0; step < 5; step++) {
            produce(2);
            lag = step(Duration.ofSeconds(1));
        }
        assertThat(lag.status()).isEqualTo(Status.STOP);
        assertThat(lag.owner()).isNull();
        assertThat(lag.reason()).contains("no consumer is attached");
        consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer());
    }

    /**
     * A job that committed once and died: its group has no members left, so polls add no sample and
     * Burrow's window never fills; the producer goes on, and after stopped-after (5 min by default) the
     * partition is STOP all the same, saying why.
     */
    @Test
    void a_group_that_committed_once_and_lost_its_members_is_stop_once_stopped_after_passed() throws Exception {
        produce(2);
        processAndCommit(2);
        closeTheConsumer();
        List<PartitionLag> polls = new ArrayList<>();
        for (int step = 0; step <= 5; step++) {
            produce(3);
            polls.add(step(Duration.ofMinutes(1)));
        }

        PartitionLag before = polls.get(4); // 4 minutes after the first poll
        assertThat(before.status()).isEqualTo(Status.OK);
        assertThat(before.reason()).startsWith("not enough samples to judge yet (1 of 4");
        PartitionLag lag = polls.get(5);
        assertThat(lag.owner()).isNull();
        assertThat(lag.committedOffset()).isEqualTo(2);
        assertThat(lag.lag()).isEqualTo(18);
        assertThat(lag.status()).isEqualTo(Status.STOP);
        assertThat(lag.reason())
                .isEqualTo("no members, committed offset unchanged for 5 min while 15 records arrived (lag now 18)");
        assertThat(monitor.latest().group(group).orElseThrow().status()).isEqualTo(Status.ERR);
    }

    @Test
    void a_group_without_members_that_is_caught_up_stays_ok() throws Exception {
        produce(2);
        processAndCommit(2);
        closeTheConsumer();
        PartitionLag lag = null;
        for (int step = 0; step <= 10; step++) {
            lag = step(Duration.ofMinutes(1));
        }
        assertThat(lag.owner()).isNull();
        assertThat(lag.lag()).isZero();
        assertThat(lag.status()).isEqualTo(Status.OK);
    }

    /** Leaves the group (the member is gone at once), and puts a consumer outside any group in its place. */
    private void closeTheConsumer() {
        consumer.close();
        consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()),
                new StringDeserializer(),
                new StringDeserializer());
    }

    private void produce(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(topic, "m")).get();
        }
    }

    /** Processes exactly up to {@code count} records (one per poll) and commits after them. */
    private void processAndCommit(int count) {
        long position = consumer.position(partition);
        long target = position + count;
        for (int polls = 0; polls < 50 && position < target; polls++) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                position = record.offset() + 1;
                if (position >= target) {
                    break;
                }
            }
        }
        consumer.seek(partition, position);
        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(position)));
    }

    private PartitionLag step(Duration pause) {
        GroupLag lag = monitor.poll().group(group).orElseThrow();
        clock.advance(pause);
        return lag.partitions().get(0);
    }
}
