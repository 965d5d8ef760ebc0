package io.eventlens.lag.kafka;

import io.eventlens.lag.monitor.LagSourceContract;
import io.eventlens.lag.source.LagSource;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on the embedded KRaft broker; the group's offsets are committed by the admin client. */
@ExtendWith(KafkaBrokerExtension.class)
class KafkaLagSourceIT extends LagSourceContract {

    private final Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()));
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer());
    private long committed;

    @AfterEach
    void closeClients() {
        producer.close();
        admin.close();
    }

    @Override
    protected LagSource source() {
        return new KafkaLagSource(
                Map.of("bootstrap.servers", KafkaBrokerExtension.bootstrapServers()), Duration.ofSeconds(10));
    }

    @Override
    protected LagSource unreachableSource() {
        return new KafkaLagSource(Map.of("bootstrap.servers", "127.0.0.1:1"), Duration.ofSeconds(1));
    }

    @Override
    protected void createTopicAndGroup() {
        try {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("cannot create topic " + topic, e);
        }
        commit(0);
    }

    @Override
    protected List<Long> produce(int count) {
        List<Long> written = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                written.add(producer.send(new ProducerRecord<>(topic, "m" + i))
                        .get()
                        .timestamp());
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("cannot produce to " + topic, e);
        }
        return written;
    }

    @Override
    protected void consume(int count) {
        commit(committed + count);
    }

    @Override
    protected void resetToStart() {
        commit(0);
    }

    private void commit(long offset) {
        try {
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)))
                    .all()
                    .get();
            committed = offset;
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("cannot commit " + offset + " for " + group, e);
        }
    }
}
