package io.eventlens.dlq.replay;

import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.discovery.QueueKind;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.Selection;
import io.eventlens.dlq.jobs.TestDatabases;
import io.eventlens.reference.kafka.EmbeddedKafkaBroker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Replay throughput (1 KB records, the whole DLQ to a target topic, transactional as always) beside
 * Kafka's own producer performance tool ({@code org.apache.kafka.tools.ProducerPerformance}, the
 * class behind kafka-producer-perf-test, from the kafka-tools artifact: build with {@code -Pbench})
 * against the same embedded broker in the same run, each {@code rounds} times, alternating. Not a
 * test; run by hand (command in docs/benchmarks.md). Arguments: records per run (default 100000),
 * rounds (default 2).
 */
public final class ReplayBenchmark {

    private static final int SIZE = 1024;

    private ReplayBenchmark() {}

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = Files.createTempDirectory("eventlens-replay-bench-");
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir, 0, 0).start();
                Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            String bootstrap = broker.bootstrapServers();
            for (int round = 1; round <= rounds; round++) {
                String raw = "raw-" + round;
                KafkaTopics.create(admin, 3, raw);
                settle(bootstrap, raw);
                double anchor = producerPerformance(bootstrap, raw, records);
                double replay = replay(bootstrap, admin, round, records);
                System.out.printf(
                        Locale.ROOT,
                        "round %d: %,d records of %d B: replay %,.0f records/s, ProducerPerformance %,.0f records/s,"
                                + " ratio %.2f%n",
                        round,
                        records,
                        SIZE,
                        replay,
                        anchor,
                        replay / anchor);
            }
        }
    }

    /** Kafka's tool with the replay's producer settings (acks=all, idempotent), its last line parsed. */
    private static double producerPerformance(String bootstrap, String topic, int records) throws Exception {
        String[] args = {
            "--topic",
            topic,
            "--num-records",
            String.valueOf(records),
            "--record-size",
            String.valueOf(SIZE),
            "--throughput",
            "-1",
            "--producer-props",
            "bootstrap.servers=" + bootstrap,
            "acks=all",
            "enable.idempotence=true",
            "linger.ms=5",
            "batch.size=262144"
        };
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Class.forName("org.apache.kafka.tools.ProducerPerformance")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        Matcher m =
                Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec").matcher(text);
        double rate = 0;
        while (m.find()) {
            rate = Double.parseDouble(m.group(2));
        }
        return rate;
    }

    /**
     * Fills the DLQ without idempotence, one request in flight per partition: a fresh topic answers "not
     * leader" to its first batches for a moment after its leaders show, and an idempotent producer then
     * loops on OUT_OF_ORDER_SEQUENCE_NUMBER until its delivery timeout; a plain retry writes each record
     * once here (the depth is checked after).
     */
    private static KafkaProducer<byte[], byte[]> fillProducer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        false,
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        1,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    /**
     * One record on each of a fresh topic's 3 partitions, sent without idempotence before the measured
     * producer (ProducerPerformance's or the replay's, both idempotent) writes to it, so neither is timed
     * through the fresh topic's "not leader" moment.
     */
    private static void settle(String bootstrap, String topic) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = fillProducer(bootstrap)) {
            for (int partition = 0; partition < 3; partition++) {
                producer.send(new ProducerRecord<>(topic, partition, null, new byte[] {'s'}))
                        .get();
            }
        }
    }

    private static double replay(String bootstrap, Admin admin, int round, int records) throws Exception {
        String origin = "origin-" + round;
        String dlt = "origin-" + round + "-dlt";
        KafkaTopics.create(admin, 3, origin, dlt);
        settle(bootstrap, origin);
        byte[] payload = new byte[SIZE];
        Arrays.fill(payload, (byte) 'x');
        AtomicReference<Exception> failed = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer = fillProducer(bootstrap)) {
            for (int i = 0; i < records; i++) {
                producer.send(
                        new ProducerRecord<>(
                                dlt,
                                null,
                                ("k" + i).getBytes(StandardCharsets.UTF_8),
                                payload,
                                KafkaTopics.springHeaders(origin, i, "java.lang.IllegalStateException", "boom")),
                        (metadata, error) -> {
                            if (error != null) {
                                failed.compareAndSet(null, error);
                            }
                        });
            }
            producer.flush();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("filling the DLQ failed: " + failed.get(), failed.get());
        }
        long depth = 0;
        for (var end :
                admin.listOffsets(KafkaTopics.latest(admin, dlt)).all().get().values()) {
            depth += end.offset();
        }
        if (depth != records) {
            throw new IllegalStateException("the DLQ holds " + depth + " records, not " + records);
        }
        try (DlqFixture dlq = new DlqFixture(
                bootstrap, TestDatabases.h2("bench" + round + System.nanoTime()), "bench", Duration.ofSeconds(30), 3)) {
            DeadLetterQueue queue = new DeadLetterQueue(dlt, Backend.KAFKA, QueueKind.DEAD_LETTER, "bench");
            long start = System.nanoTime();
            ReplayJob job = dlq.replay.start(
                    queue, new ReplayRequest(dlt, Selection.matching(Map.of()), null, false, 0, "bench"));
            while (dlq.jobs.get(job.id()).orElseThrow().status().active()) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ReplayJob done = dlq.jobs.get(job.id()).orElseThrow();
            if (done.moved() != records) {
                throw new IllegalStateException("replay moved " + done.moved() + " of " + records + ": " + done);
            }
            return records / seconds;
        }
    }
}
