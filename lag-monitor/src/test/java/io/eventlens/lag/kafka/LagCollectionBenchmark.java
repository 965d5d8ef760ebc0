package io.eventlens.lag.kafka;

import io.eventlens.lag.monitor.LagMonitor;
import io.eventlens.lag.monitor.LagReport;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.status.PartitionWindow;
import io.eventlens.lag.status.StatusRules;
import io.eventlens.lag.time.OffsetTimeTable;
import io.eventlens.reference.kafka.EmbeddedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One full collection and evaluation cycle over 1,000 groups on topics totalling 10,000 partitions
 * (100 topics of 100; group i has committed on every partition of topic i % 100), on the embedded
 * broker: the batched way beside the naive way (one describe and one offsets call per group), cycles
 * alternating; then the batched reads alone (admin calls, no evaluation); then the memory one group
 * partition's history takes. Run by hand (docs/benchmarks.md):
 * {@code LagCollectionBenchmark [groups] [cycles]}.
 */
public final class LagCollectionBenchmark {

    private static final int TOPICS = 100;
    private static final int PARTITIONS = 100;

    private LagCollectionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int groups = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Files.createTempDirectory("lag-bench-");
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(folder, 0, 0).start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            setUp(client, groups);
            try (LagMonitor batched = monitor(new KafkaLagSource(client, Duration.ofSeconds(60)));
                    LagMonitor naive = monitor(new NaiveKafkaSource(client))) {
                batched.poll(); // warm-up
                naive.poll();
                for (int cycle = 1; cycle <= cycles; cycle++) {
                    print("batched", cycle, batched.poll());
                    print("naive  ", cycle, naive.poll());
                }
            }
            // the admin calls alone (no status engine), to tell collection time from evaluation time
            try (KafkaLagSource reads = new KafkaLagSource(client, Duration.ofSeconds(60))) {
                reads.read(Instant.now());
                for (int cycle = 1; cycle <= cycles; cycle++) {
                    long started = System.nanoTime();
                    int calls = reads.read(Instant.now()).roundTrips();
                    System.out.printf(
                            "read only cycle %d: %,d ms, %d admin calls%n",
                            cycle, (System.nanoTime() - started) / 1_000_000, calls);
                }
            }
        }
        memoryPerPartition();
    }

    private static LagMonitor monitor(LagSource source) {
        return new LagMonitor(List.of(source), StatusRules.DEFAULTS, 60, Clock.systemUTC());
    }

    private static void print(String way, int cycle, LagReport report) {
        long partitions =
                report.groups().stream().mapToLong(g -> g.partitions().size()).sum();
        System.out.printf(
                "%s cycle %d: %,d ms, %d admin calls, %d groups, %,d group partitions%n",
                way,
                cycle,
                report.took().toMillis(),
                report.roundTrips(),
                report.groups().size(),
                partitions);
    }

    private static void setUp(Map<String, Object> client, int groups) throws Exception {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(client);
                KafkaProducer<String, String> producer =
                        new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
            for (int from = 0; from < TOPICS; from += 10) { // the controller refuses one batch of 10,000 partitions
                List<NewTopic> topics = new ArrayList<>();
                for (int t = from; t < from + 10; t++) {
                    topics.add(new NewTopic("bench-" + t, PARTITIONS, (short) 1));
                }
                admin.createTopics(topics).all().get();
            }
            List<Future<?>> sends = new ArrayList<>();
            for (int t = 0; t < TOPICS; t++) {
                for (int p = 0; p < PARTITIONS; p++) {
                    for (int m = 0; m < 3; m++) {
                        sends.add(producer.send(new ProducerRecord<>("bench-" + t, p, null, "m")));
                    }
                }
            }
            for (Future<?> send : sends) {
                send.get();
            }
            List<KafkaFuture<Void>> commits = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (int p = 0; p < PARTITIONS; p++) {
                    offsets.put(new TopicPartition("bench-" + (g % TOPICS), p), new OffsetAndMetadata(g % 4));
                }
                commits.add(admin.alterConsumerGroupOffsets("bench-group-" + g, offsets)
                        .all());
                if (commits.size() == 100) {
                    KafkaFuture.allOf(commits.toArray(KafkaFuture[]::new)).get();
                    commits.clear();
                }
            }
            KafkaFuture.allOf(commits.toArray(KafkaFuture[]::new)).get();
        }
        System.out.printf(
                "set-up: %d topics x %d partitions, %d groups, in %d s%n",
                TOPICS, PARTITIONS, groups, (System.nanoTime() - started) / 1_000_000_000);
    }

    /** Heap held by a full window (10 samples) per group partition and a full table (60 points) per partition. */
    private static void memoryPerPartition() {
        int count = 100_000;
        long before = usedHeap();
        List<PartitionWindow> windows = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            PartitionWindow window = new PartitionWindow(StatusRules.DEFAULTS, true);
            for (int s = 0; s < 10; s++) {
                window.observe(now.plusSeconds(s * 5L), 1_000_000L + s * 10, 2_000_000L + s * 20, 1_000, true);
            }
            windows.add(window);
        }
        long afterWindows = usedHeap();
        List<OffsetTimeTable> tables = new ArrayList<>(count / 10);
        for (int i = 0; i < count / 10; i++) {
            OffsetTimeTable table = new OffsetTimeTable(60);
            for (int s = 0; s < 60; s++) {
                table.add(1_000L + s * 7, 1_000L + s * 5_000L);
            }
            tables.add(table);
        }
        long afterTables = usedHeap();
        System.out.printf(
                "memory: %d bytes per group partition (window of 10), %d bytes per partition (table of 60)"
                        + " [%d windows, %d tables held]%n",
                (afterWindows - before) / count,
                (afterTables - afterWindows) / (count / 10),
                windows.size(),
                tables.size());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
