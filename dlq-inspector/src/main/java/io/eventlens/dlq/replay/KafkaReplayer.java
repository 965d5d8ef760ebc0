package io.eventlens.dlq.replay;

import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.browse.KafkaDlqReader;
import io.eventlens.dlq.headers.RawHeader;
import io.eventlens.dlq.jobs.ReplayJob;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Replays a Kafka DLQ as consume-transform-produce: each batch's sends and the job's read position
 * (the offsets of its own consumer group, {@code eventlens-replay-<job>}) commit in one transaction
 * ({@code sendOffsetsToTransaction(offsets, consumer.groupMetadata())}), so after a crash the job
 * resumes exactly where its last committed batch ended, and a reader with read_committed sees each
 * record once. The transactional id is the job's, so a restarted runner fences its dead predecessor.
 * The counters travel in the committed offsets' metadata, so they are exact after a resume too.
 */
final class KafkaReplayer {

    private static final Duration POLL = Duration.ofMillis(500);
    /** Records per transaction at most (a rate-limited job also ends one every TRANSACTION_TIME). */
    static final int TRANSACTION_RECORDS = 5_000;
    /** Key and value bytes per transaction at most. */
    static final long TRANSACTION_BYTES = 8L * 1024 * 1024;
    /** How long one transaction takes records at most: progress shows at least this often. */
    static final Duration TRANSACTION_TIME = Duration.ofSeconds(1);

    private static final Duration CANCEL_CHECK = Duration.ofMillis(250);

    private final Map<String, Object> client;
    private final KafkaDlqReader reader;
    private final HeaderPolicy policy;
    private final KafkaTargets targets;
    private final int maxReplays;

    KafkaReplayer(
            Map<String, Object> client,
            KafkaDlqReader reader,
            HeaderPolicy policy,
            KafkaTargets targets,
            int maxReplays) {
        this.client = Map.copyOf(client);
        this.reader = reader;
        this.policy = policy;
        this.targets = targets;
        this.maxReplays = maxReplays;
    }

    /** Runs (or resumes) {@code job} until its range is done or it is cancelled; returns the totals. */
    Totals run(ReplayJob job, Predicate<DlqMessage> selected, JobHooks hooks) {
        Map<TopicPartition, long[]> range = OffsetRange.parse(job.queue(), job.endOffsets());
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(job);
                KafkaProducer<byte[], byte[]> producer = producer(job)) {
            producer.initTransactions();
            consumer.assign(range.keySet());
            Map<TopicPartition, long[]> counts = resume(consumer, range);
            Pacer pacer = new Pacer(job.rate());
            CancelCheck cancel = new CancelCheck(hooks);
            while (!finished(consumer, range) && !cancel.asked()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                try {
                    Map<TopicPartition, Long> next = new HashMap<>();
                    long started = System.nanoTime();
                    long bytes = 0;
                    int sent = 0;
                    // one transaction takes polls until it holds TRANSACTION_RECORDS records or TRANSACTION_BYTES,
                    // or has run for TRANSACTION_TIME: fewer commits, each still far inside the transaction timeout
                    while (true) {
                        for (ConsumerRecord<byte[], byte[]> record : records) {
                            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                            if (record.offset() >= range.get(tp)[1]) {
                                continue;
                            }
                            DlqMessage message = reader.toMessage(record);
                            if (selected.test(message)) {
                                counts.get(tp)[send(producer, job, message, hooks)]++;
                                pacer.pace();
                            }
                            next.put(tp, record.offset() + 1);
                            bytes += record.serializedValueSize() + Math.max(0, record.serializedKeySize());
                            sent++;
                        }
                        if (sent >= TRANSACTION_RECORDS
                                || bytes >= TRANSACTION_BYTES
                                || System.nanoTime() - started >= TRANSACTION_TIME.toNanos()
                                || finished(consumer, range)
                                || cancel.asked()) {
                            break;
                        }
                        records = consumer.poll(Duration.ZERO);
                        if (records.isEmpty()) {
                            break; // nothing fetched yet: commit what is held rather than wait
                        }
                    }
                    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                    next.forEach((tp, offset) ->
                            offsets.put(tp, new OffsetAndMetadata(offset, OffsetRange.encode(counts.get(tp)))));
                    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    producer.commitTransaction();
                } catch (KafkaException e) {
                    producer.abortTransaction();
                    throw e;
                }
                hooks.committed(OffsetRange.totals(counts));
            }
            return OffsetRange.totals(counts);
        }
    }

    /** Asks the job store whether the job is cancelled at most every {@link #CANCEL_CHECK}, not per poll. */
    private static final class CancelCheck {

        private final JobHooks hooks;
        private long nextCheck = System.nanoTime();
        private boolean cancelled;

        CancelCheck(JobHooks hooks) {
            this.hooks = hooks;
        }

        boolean asked() {
            if (!cancelled && System.nanoTime() >= nextCheck) {
                cancelled = hooks.cancelled();
                nextCheck = System.nanoTime() + CANCEL_CHECK.toNanos();
            }
            return cancelled;
        }
    }

    /** Index into the per-partition counters: 0 moved, 1 failed, 2 parked. */
    private int send(KafkaProducer<byte[], byte[]> producer, ReplayJob job, DlqMessage message, JobHooks hooks) {
        if (message.headers().replayCount() >= maxReplays) {
            producer.send(record(OffsetRange.parkedTopic(job.queue()), message, job.id()));
            return 2;
        }
        String topic = job.target() != null ? job.target() : message.headers().originalTopic();
        if (topic == null) {
            hooks.failed(
                    message.id(),
                    "no original topic in its headers ("
                            + message.headers().convention().label() + "); replay it to a named target instead");
            return 1;
        }
        Optional<String> refusal = targets.refusal(job.queue(), topic);
        if (refusal.isPresent()) {
            hooks.failed(message.id(), refusal.get());
            return 1;
        }
        producer.send(record(topic, message, job.id()));
        return 0;
    }

    private ProducerRecord<byte[], byte[]> record(String topic, DlqMessage message, String jobId) {
        RecordHeaders headers = new RecordHeaders();
        for (RawHeader header : policy.apply(message, jobId)) {
            headers.add(header.name(), header.value());
        }
        byte[] key = message.key() == null ? null : message.key().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, null, key, message.value(), headers);
    }

    private static Map<TopicPartition, long[]> resume(
            KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, long[]> range) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(range.keySet());
        Map<TopicPartition, long[]> counts = new HashMap<>();
        range.forEach((tp, fromTo) -> {
            OffsetAndMetadata done = committed.get(tp);
            consumer.seek(tp, done == null ? fromTo[0] : Math.max(fromTo[0], done.offset()));
            counts.put(tp, done == null ? new long[3] : OffsetRange.decode(done.metadata()));
        });
        return counts;
    }

    private static boolean finished(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, long[]> range) {
        boolean all = true;
        for (Map.Entry<TopicPartition, long[]> e : range.entrySet()) {
            if (consumer.position(e.getKey()) >= e.getValue()[1]) {
                consumer.pause(List.of(e.getKey()));
            } else {
                all = false;
            }
        }
        return all;
    }

    private KafkaConsumer<byte[], byte[]> consumer(ReplayJob job) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "eventlens-replay-" + job.id());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a rate-limited poll stays about one second long, far inside the transaction timeout
        config.put(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                job.rate() > 0 ? Math.max(1, Math.min(2_000, job.rate())) : 2_000);
        // fetch ahead while a transaction commits: up to 4 MiB per partition per fetch (default 1 MiB)
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventlens-replay-" + job.id());
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer(ReplayJob job) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "eventlens-replay-" + job.id());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "eventlens-replay-" + job.id());
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
