package io.eventlens.lag.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.catalog.testing.MovableClock;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagMonitor;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.status.Status;
import io.eventlens.lag.status.StatusRules;
import io.eventlens.lag.time.LagSeconds;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A transactional producer (as the DLQ replay writes) and a read_committed group that commits "last
 * record + 1", on the embedded KRaft broker: each committed transaction leaves a marker at the log end,
 * which the group never receives. Caught up, it shows lag 0; records written after it still count, one
 * each.
 */
@ExtendWith(KafkaBrokerExtension.class)
class TransactionMarkersIT {

    private final String topic = "tx-markers-it-" + UUID.randomUUID();
    private final String group = "tx-group-" + UUID.randomUUID();
    private final MovableClock clock = MovableClock.fromNow();
    private Admin admin;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private LagMonitor monitor;

    @BeforeEach
    void start() throws Exception {
        String servers = KafkaBrokerExtension.bootstrapServers();
        admin = Admin.create(Map.of("bootstrap.servers", servers));
        admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        producer = new KafkaProducer<>(
                Map.of(
                        "bootstrap.servers",
                        servers,
                        "transactional.id",
                        "tx-markers-it-" + UUID.randomUUID(),
                        "enable.idempotence",
                        true,
                        "acks",
                        "all"),
                new StringSerializer(),
                new StringSerializer());
        producer.initTransactions();
        consumer = new KafkaConsumer<>(
                Map.of(
                        "bootstrap.servers", servers,
                        "group.id", group,
                        "isolation.level", "read_committed",
                        "enable.auto.commit", "false",
                        "auto.offset.reset", "earliest"),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
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
        admin.close();
        monitor.close();
    }

    @Test
    void a_caught_up_read_committed_group_on_a_transactional_topic_shows_lag_zero() throws Exception {
        for (int transaction = 0; transaction < 3; transaction++) {
            writeTransaction(5);
        }
        Map<TopicPartition, Long> committed = consumeAllAndCommitLastPlusOne(30);

        // the finding: the last stable offset counts the marker too, once the transaction is committed
        for (TopicPartition partition : committed.keySet()) {
            long highWatermark = endOffset(partition, IsolationLevel.READ_UNCOMMITTED);
            assertThat(endOffset(partition, IsolationLevel.READ_COMMITTED)).isEqualTo(highWatermark);
            assertThat(highWatermark).isEqualTo(committed.get(partition) + 1);
        }

        GroupLag lag = poll();
        assertThat(lag.totalLag()).isZero();
        assertThat(lag.partitions()).hasSize(2);
        for (PartitionLag partition : lag.partitions()) {
            TopicPartition key = new TopicPartition(partition.topic(), partition.partition());
            assertThat(partition.lag())
                    .as(partition.topic() + "-" + partition.partition())
                    .isZero();
            assertThat(partition.committedOffset()).isEqualTo(committed.get(key));
            assertThat(partition.logEndOffset()).isEqualTo(committed.get(key) + 1);
            assertThat(partition.lagNote()).contains("only transaction markers after the committed offset");
            assertThat(partition.lagSeconds()).isEqualTo(new LagSeconds.Known(0));
            assertThat(partition.status()).isEqualTo(Status.OK);
        }
    }

    @Test
    void records_written_after_a_caught_up_group_still_count_one_each() throws Exception {
        writeTransaction(5);
        Map<TopicPartition, Long> committed = consumeAllAndCommitLastPlusOne(10);
        TopicPartition zero = new TopicPartition(topic, 0);
        assertThat(poll().totalLag()).isZero();

        // 4 more records on partition 0 in one transaction: 4 records and a second marker after the commit
        producer.beginTransaction();
        for (int i = 0; i < 4; i++) {
            producer.send(new ProducerRecord<>(topic, 0, "k", "late-" + i));
        }
        producer.commitTransaction();

        GroupLag lag = poll();
        PartitionLag behind = lag.partitions().stream()
                .filter(p -> p.partition() == 0)
                .findFirst()
                .orElseThrow();
        assertThat(behind.committedOffset()).isEqualTo(committed.get(zero));
        assertThat(behind.logEndOffset()).isEqualTo(committed.get(zero) + 6);
        assertThat(behind.lag()).as(behind.toString()).isEqualTo(4);
        assertThat(behind.lagNote())
                .isEqualTo("4 records and 2 offsets without a record (transaction markers) after the committed offset "
                        + committed.get(zero));
        assertThat(lag.totalLag()).isEqualTo(4);

        // an open transaction's records are lag too, though read_committed consumers cannot read them yet
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(topic, 1, "k", "open")).get();
        PartitionLag open = poll().partitions().stream()
                .filter(p -> p.partition() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(open.lag()).isEqualTo(1);
        producer.abortTransaction();
    }

    private void writeTransaction(int perPartition) {
        producer.beginTransaction();
        for (int partition = 0; partition < 2; partition++) {
            for (int i = 0; i < perPartition; i++) {
                producer.send(new ProducerRecord<>(topic, partition, "k", "tx-" + i));
            }
        }
        producer.commitTransaction();
    }

    /** Reads every record and commits after the last one of each partition, as most listeners commit. */
    private Map<TopicPartition, Long> consumeAllAndCommitLastPlusOne(int expected) {
        Map<TopicPartition, Long> next = new HashMap<>();
        int[] read = {0};
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                read[0]++;
            }
            return read[0] >= expected;
        });
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
        consumer.commitSync(commit);
        assertThat(read[0]).isEqualTo(expected);
        return next;
    }

    private long endOffset(TopicPartition partition, IsolationLevel isolation) throws Exception {
        return admin.listOffsets(Map.of(partition, OffsetSpec.latest()), new ListOffsetsOptions(isolation))
                .partitionResult(partition)
                .get()
                .offset();
    }

    private GroupLag poll() {
        GroupLag lag = monitor.poll().group(group).orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        return lag;
    }
}
