package io.eventlens.dlq.replay;

import static io.eventlens.dlq.replay.KafkaTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.dlq.audit.AuditEntry;
import io.eventlens.dlq.audit.AuditLog;
import io.eventlens.dlq.jobs.JobStatus;
import io.eventlens.dlq.jobs.JobStore;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.TestDatabases;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The replaying process is killed outright (SIGKILL, a child JVM) in the middle of a replay and a new
 * one takes the job over: the target, read with read_committed, then holds every DLQ record exactly
 * once, and the audit shows the job started, resumed and finished. 10,000 records by default;
 * {@code -Ddlq.crash.records=100000} runs the same with 100,000 (see README).
 */
@ExtendWith(KafkaBrokerExtension.class)
class CrashReplayIT {

    private static final int RECORDS = Integer.getInteger("dlq.crash.records", 10_000);
    private static final Path LOGS = Path.of("target", "crash-replay-it");

    private final String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final String schema = prefix.replace("-", "_") + "db";
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (Process child : children) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        TestDatabases.drop(schema);
    }

    @Test
    void a_replay_killed_midway_and_taken_over_delivers_every_dlq_record_exactly_once() throws Exception {
        String bootstrap = KafkaBrokerExtension.bootstrapServers();
        String origin = prefix + "orders";
        String dlt = prefix + "orders-dlt";
        DataSource db = TestDatabases.postgres(schema);
        JobStore jobs = new JobStore(db, Clock.systemUTC());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            KafkaTopics.create(admin, 3, origin, dlt);
        }
        fill(bootstrap, dlt, origin);

        Process first = child("start", bootstrap, dlt, String.valueOf(Math.max(500, RECORDS / 5)));
        await().atMost(Duration.ofMinutes(2)).until(() -> jobs.activeJob(dlt).isPresent());
        String jobId = jobs.activeJob(dlt).orElseThrow();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> jobs.get(jobId).orElseThrow().moved() >= RECORDS / 5);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ReplayJob killed = jobs.get(jobId).orElseThrow();
        assertThat(killed.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(killed.moved()).isLessThan(RECORDS);

        child("resume", bootstrap, "", "");
        await().atMost(Duration.ofMinutes(5))
                .until(() -> !jobs.get(jobId).orElseThrow().status().active());

        ReplayJob done = jobs.get(jobId).orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.moved()).isEqualTo(RECORDS);
        assertThat(done.resumes()).isEqualTo(1);
        List<ConsumerRecord<byte[], byte[]>> target = KafkaTopics.readCommitted(bootstrap, origin);
        Set<String> replayIds = new HashSet<>();
        target.forEach(r -> replayIds.add(header(r, "eventlens-replay-id")));
        assertThat(target).hasSize(RECORDS);
        assertThat(replayIds).hasSize(RECORDS);
        assertThat(new AuditLog(db, Clock.systemUTC()).forJob(jobId))
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditEntry.Action.REPLAY_STARTED,
                        AuditEntry.Action.REPLAY_RESUMED,
                        AuditEntry.Action.REPLAY_FINISHED);
    }

    private void fill(String bootstrap, String dlt, String origin) throws Exception {
        byte[] payload = new byte[200];
        Arrays.fill(payload, (byte) 'x');
        try (KafkaProducer<byte[], byte[]> producer = KafkaTopics.producer(bootstrap)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                sent.add(producer.send(dlqRecord(dlt, origin, i, payload)));
            }
            producer.flush();
            // a fresh topic can still refuse the first batches ("not leader", then out-of-order sequence) after
            // its leaders show in the metadata: a refused batch was not written, so send those records again
            for (int i = 0; i < RECORDS; i++) {
                try {
                    sent.get(i).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException refused) {
                    producer.send(dlqRecord(dlt, origin, i, payload)).get(30, TimeUnit.SECONDS);
                }
            }
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            long depth = 0;
            for (var end : admin.listOffsets(endOffsetsOf(admin, dlt))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .values()) {
                depth += end.offset();
            }
            assertThat(depth).as("records in the DLQ before the replay").isEqualTo(RECORDS);
        }
    }

    private static ProducerRecord<byte[], byte[]> dlqRecord(String dlt, String origin, int i, byte[] payload) {
        return new ProducerRecord<>(
                dlt,
                null,
                ("k" + i).getBytes(),
                payload,
                KafkaTopics.springHeaders(origin, i, "java.lang.IllegalStateException", "boom " + i));
    }

    private static Map<TopicPartition, OffsetSpec> endOffsetsOf(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(topic)
                .partitions()
                .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        return ends;
    }

    private Process child(String mode, String bootstrap, String dlt, String rate) throws IOException {
        Files.createDirectories(LOGS);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ReplayProcess.class.getName(),
                mode,
                bootstrap,
                schema));
        if (mode.equals("start")) {
            command.addAll(List.of(dlt, rate));
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(prefix + mode + ".log").toFile())
                .start();
        children.add(process);
        return process;
    }
}
