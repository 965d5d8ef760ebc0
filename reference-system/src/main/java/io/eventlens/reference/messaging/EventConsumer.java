package io.eventlens.reference.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer group's loop over its topics and its retry topics. A failed record moves on to the
 * next retry topic or the dead-letter topic ({@link Redirector}); a retry record not yet due pauses
 * only its own partition. Offsets are committed after the batch, so nothing is lost and nothing
 * blocks a partition.
 */
public final class EventConsumer implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);

    private final Consumer<String, byte[]> consumer;
    private final List<String> topics;
    private final RecordProcessor processor;
    private final Map<TopicPartition, Long> pausedUntil = new HashMap<>();
    private volatile boolean running = true;

    public EventConsumer(
            Consumer<String, byte[]> consumer,
            String group,
            List<String> topics,
            RetryPolicy policy,
            RecordProcessor processor) {
        this.consumer = consumer;
        List<String> all = new ArrayList<>(topics);
        for (int retry = 1; retry <= policy.retryTopics(); retry++) {
            all.add(RetryPolicy.retryTopic(group, retry));
        }
        this.topics = List.copyOf(all);
        this.processor = processor;
    }

    /** The main topics followed by the group's retry topics. */
    public List<String> topics() {
        return topics;
    }

    @Override
    public void run() {
        consumer.subscribe(topics);
        try {
            while (running) {
                resumeDuePartitions();
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    consumer.commitSync(processBatch(records));
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
    }

    /** Stops the loop from another thread; the consumer closes and leaves its group. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    private Map<TopicPartition, OffsetAndMetadata> processBatch(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        Set<TopicPartition> parked = new HashSet<>();
        long now = System.currentTimeMillis();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (parked.contains(partition)) {
                continue;
            }
            long due = DeadLetterHeaders.dueMillis(record.headers());
            if (due > now) {
                park(partition, record.offset(), due);
                parked.add(partition);
                continue;
            }
            try {
                processor.process(record);
            } catch (RuntimeException e) {
                // the record could not even be moved to a retry topic (broker or database away): try it again soon
                LOG.warn(
                        "{}-{}@{} could not be processed or redirected; retrying in 1 s: {}",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        e.toString(),
                        e);
                park(partition, record.offset(), now + 1000);
                parked.add(partition);
                continue;
            }
            done.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }
        return done;
    }

    private void park(TopicPartition partition, long offset, long due) {
        consumer.seek(partition, offset);
        consumer.pause(List.of(partition));
        pausedUntil.put(partition, due);
    }

    private void resumeDuePartitions() {
        if (pausedUntil.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        List<TopicPartition> due = new ArrayList<>();
        pausedUntil.entrySet().removeIf(entry -> {
            if (entry.getValue() <= now) {
                due.add(entry.getKey());
                return true;
            }
            return false;
        });
        Set<TopicPartition> assigned = consumer.assignment();
        due.removeIf(partition -> !assigned.contains(partition));
        if (!due.isEmpty()) {
            LOG.debug("Resuming {} retry partitions", due.size());
            consumer.resume(due);
        }
    }
}
