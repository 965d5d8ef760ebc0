package io.eventlens.lag.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the first offset at or after a committed offset that holds a record a consumer would receive.
 *
 * <p>A transactional producer ends each transaction with a marker (a control record) that takes an
 * offset of its own but is never given to a consumer. A consumer that commits "last record + 1" (the
 * usual way, and Spring Kafka's unless {@code fixTxOffsets}) commits the offset of that marker, so log
 * end minus committed is 1 per partition for a caught-up group. The last stable offset
 * ({@code listOffsets} latest under READ_COMMITTED) does not help: once the transaction is committed it
 * equals the high watermark, marker included. So small gaps are read to the log end: a consumer without
 * a group seeks to the committed offset and fetches; the records it gets are the lag, and offsets it
 * steps over without a record (markers, and offsets compaction removed) are not. It reads
 * READ_UNCOMMITTED, so every record any consumer could get, aborted or in an open transaction, still
 * counts: real lag is never hidden (aborted records count for read_committed groups, as before).
 *
 * <p>Only partitions whose gap (log end minus committed) is at most {@link #MAX_GAP} are read, fetched
 * together; a result is kept while the lowest committed offset and the log end stay the same.
 * Not thread-safe: the source reads from one thread at a time.
 */
final class MarkerProbe implements AutoCloseable {

    /** Gaps larger than this are not read (the lag stays log end minus committed). */
    static final long MAX_GAP = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(MarkerProbe.class);

    private final Map<String, Object> clientProperties;
    private final Duration budget;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Map<TopicPartition, Probed> kept = new HashMap<>();

    /**
     * @param clientProperties ordinary Kafka client properties
     * @param budget how long one cycle's reading may take; partitions not resolved by then keep the plain lag
     */
    MarkerProbe(Map<String, Object> clientProperties, Duration budget) {
        this.clientProperties = clientProperties;
        this.budget = budget;
    }

    /**
     * What a consumer would get after a committed offset, read to the log end.
     *
     * @param first the first offset holding a record (the log end when there is none)
     * @param count how many records there are up to the log end: the lag
     */
    record After(long first, long count) {}

    /** The records seen from {@code from} up to {@code logEnd}, all of them. */
    private record Probed(long from, long logEnd, NavigableSet<Long> records) {

        /** What follows {@code committed}; null when the reading started after it. */
        After after(long committed) {
            if (committed < from) {
                return null;
            }
            NavigableSet<Long> following = records.subSet(committed, true, logEnd, false);
            return new After(following.isEmpty() ? logEnd : following.first(), following.size());
        }
    }

    /**
     * @param committed per partition, the committed offsets of the groups reading it
     * @param logEnds the log ends of this cycle
     * @return per partition, per committed offset: what follows it, where offsets without a record were found
     *     (read to the log end within the budget; the others are left out)
     */
    Map<TopicPartition, Map<Long, After>> recordsAfter(
            Map<TopicPartition, Set<Long>> committed, Map<TopicPartition, Long> logEnds) {
        Map<TopicPartition, Probed> now = new HashMap<>();
        Map<TopicPartition, Long> toRead = new HashMap<>();
        committed.forEach((partition, offsets) -> {
            Long logEnd = logEnds.get(partition);
            if (logEnd == null) {
                return;
            }
            List<Long> gaps = offsets.stream()
                    .filter(offset -> offset < logEnd && logEnd - offset <= MAX_GAP)
                    .sorted()
                    .toList();
            if (gaps.isEmpty()) {
                return;
            }
            long from = gaps.get(0);
            Probed before = kept.get(partition);
            if (before != null && before.from() == from && before.logEnd() == logEnd) {
                now.put(partition, before);
            } else {
                toRead.put(partition, from);
            }
        });
        if (!toRead.isEmpty()) {
            now.putAll(read(toRead, logEnds));
        }
        kept = now;
        Map<TopicPartition, Map<Long, After>> found = new HashMap<>();
        now.forEach((partition, probed) -> {
            for (long offset : committed.get(partition)) {
                After after = probed.after(offset);
                if (after != null && after.count() != probed.logEnd() - offset) {
                    found.computeIfAbsent(partition, p -> new HashMap<>()).put(offset, after);
                }
            }
        });
        return found;
    }

    private Map<TopicPartition, Probed> read(Map<TopicPartition, Long> from, Map<TopicPartition, Long> logEnds) {
        Map<TopicPartition, Probed> probed = new HashMap<>();
        Map<TopicPartition, NavigableSet<Long>> seen = new HashMap<>();
        try {
            KafkaConsumer<byte[], byte[]> reader = consumer();
            reader.assign(from.keySet());
            from.forEach(reader::seek);
            Set<TopicPartition> open = new HashSet<>(from.keySet());
            long deadline = System.nanoTime() + budget.toNanos();
            while (!open.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(100))) {
                    seen.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new TreeSet<>())
                            .add(record.offset());
                }
                for (TopicPartition partition : new ArrayList<>(open)) {
                    long position = reader.position(partition);
                    if (position >= logEnds.get(partition)) {
                        probed.put(
                                partition,
                                new Probed(
                                        from.get(partition),
                                        logEnds.get(partition),
                                        seen.getOrDefault(partition, new TreeSet<>())));
                        open.remove(partition);
                    }
                }
                reader.pause(probed.keySet());
            }
        } catch (KafkaException e) {
            // offsets out of range (deleted meanwhile), a partition moving: those keep the plain lag this cycle
            LOG.debug("Reading past transaction markers failed; the plain lag is shown this cycle", e);
        } finally {
            if (consumer != null) {
                consumer.assign(List.of());
            }
        }
        return probed;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        if (consumer == null) {
            Map<String, Object> config = new HashMap<>(clientProperties);
            config.remove(ConsumerConfig.GROUP_ID_CONFIG);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "eventlens-lag-markers");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
            config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000);
            config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024);
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
            consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        return consumer;
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
        }
    }
}
