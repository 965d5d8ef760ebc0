package io.eventlens.lag.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventlens.lag.kafka.KafkaLagSource;
import io.eventlens.lag.redis.RedisLagSource;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.source.SourceState;
import io.eventlens.lag.status.StatusRules;
import io.eventlens.reference.kafka.EmbeddedKafkaBroker;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;

/**
 * Faults while the poller runs (every 200 ms, as in production but faster) over a real broker and a
 * real Redis: the failing source shows down or degraded with the reason, the other source keeps
 * updating, the poller keeps polling, and the source comes back by itself.
 */
@ExtendWith(KafkaBrokerExtension.class)
class LagFaultsIT {

    private static final Duration POLL = Duration.ofMillis(200);

    private final List<AutoCloseable> closing = new ArrayList<>();
    private final List<LagReport> reports = new CopyOnWriteArrayList<>();
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T resource) {
        closing.add(resource);
        return resource;
    }

    /** A monitor over these sources, polled on its own thread; every report is kept. */
    private LagMonitor polled(LagSource... sources) {
        LagMonitor monitor = new LagMonitor(
                List.of(sources), new StatusRules(10, Duration.ofMillis(100), 0, 0.5), 60, Clock.systemUTC());
        monitor.addListener(reports::add);
        closeLater(monitor);
        closeLater(new LagPoller(monitor, POLL));
        return monitor;
    }

    private static KafkaLagSource kafkaSource(String bootstrapServers) {
        return new KafkaLagSource(Map.of("bootstrap.servers", bootstrapServers), Duration.ofSeconds(2));
    }

    private static Optional<SourceHealth> source(LagMonitor monitor, String backend) {
        return monitor.latest().sources().stream()
                .filter(s -> s.backend().equals(backend))
                .findFirst();
    }

    private static boolean stateIs(LagMonitor monitor, String backend, SourceState state) {
        return source(monitor, backend).map(s -> s.state() == state).orElse(false);
    }

    private static long lagOf(LagMonitor monitor, String group) {
        return monitor.latest().group(group).map(GroupLag::totalLag).orElse(-1L);
    }

    /** The poller still runs: a report newer than now arrives. */
    private static void pollingGoesOn(LagMonitor monitor) {
        Instant now = Instant.now();
        await().atMost(Duration.ofSeconds(15)).until(() -> monitor.latest().at().isAfter(now));
    }

    @Test
    void a_broker_stopped_while_polled_shows_down_with_the_reason_redis_keeps_updating_and_kafka_comes_back(
            @TempDir Path folder) throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        EmbeddedKafkaBroker broker = closeLater(new EmbeddedKafkaBroker(folder, port, controllerPort).start());
        String topic = "faults-orders-" + id;
        String group = "faults-billing-" + id;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            commit(admin, group, topic, 0);
        }
        produce(broker.bootstrapServers(), topic, 5);
        RedisStream stream = closeLater(new RedisStream("127.0.0.1", 6379, "faults-mail-" + id));
        stream.add(3);
        LagMonitor monitor = polled(
                kafkaSource(broker.bootstrapServers()),
                new RedisLagSource("redis://127.0.0.1:6379", 100_000, Duration.ZERO));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lagOf(monitor, group) == 5 && lagOf(monitor, stream.group) == 3);

        broker.close(); // while the poller polls every 200 ms

        await().atMost(Duration.ofSeconds(30)).until(() -> stateIs(monitor, "kafka", SourceState.DOWN));
        assertThat(source(monitor, "kafka").orElseThrow().reason()).isNotBlank();
        assertThat(lagOf(monitor, group))
                .as("the stopped broker's group keeps its last values")
                .isEqualTo(5);
        stream.add(4);
        await().atMost(Duration.ofSeconds(30)).until(() -> lagOf(monitor, stream.group) == 7);
        assertThat(stateIs(monitor, "redis", SourceState.UP)).isTrue();

        EmbeddedKafkaBroker again = closeLater(new EmbeddedKafkaBroker(folder, port, controllerPort).start());
        produce(again.bootstrapServers(), topic, 2);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> stateIs(monitor, "kafka", SourceState.UP) && lagOf(monitor, group) == 7);
        pollingGoesOn(monitor);
    }

    @Test
    void a_group_deleted_and_a_topic_deleted_while_polled_leave_the_others_updating() throws Exception {
        String kept = "faults-kept-" + id;
        String doomed = "faults-doomed-" + id;
        String keeper = "faults-keeper-" + id;
        String deletedGroup = "faults-deleted-group-" + id;
        String onDeletedTopic = "faults-on-deleted-topic-" + id;
        String servers = KafkaBrokerExtension.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            admin.createTopics(List.of(new NewTopic(kept, 2, (short) 1), new NewTopic(doomed, 2, (short) 1)))
                    .all()
                    .get();
            commit(admin, keeper, kept, 0);
            commit(admin, deletedGroup, kept, 0);
            commit(admin, onDeletedTopic, doomed, 0);
            produce(servers, kept, 4);
            produce(servers, doomed, 4);
            LagMonitor monitor = polled(kafkaSource(servers));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> lagOf(monitor, keeper) == 4
                            && lagOf(monitor, deletedGroup) == 4
                            && lagOf(monitor, onDeletedTopic) == 4);

            admin.deleteConsumerGroups(List.of(deletedGroup)).all().get();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> monitor.latest().group(deletedGroup).isEmpty());

            admin.deleteTopics(List.of(doomed)).all().get();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> monitor.latest()
                            .group(onDeletedTopic)
                            .map(g -> g.partitions().stream()
                                    .noneMatch(p -> p.topic().equals(doomed)))
                            .orElse(true));
            produce(servers, kept, 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> lagOf(monitor, keeper) == 7);
            pollingGoesOn(monitor);
        }
        assertThat(reports)
                .as("no cycle lost the cluster while a group and a topic went away")
                .allSatisfy(
                        report -> assertThat(report.sources().get(0).state()).isNotEqualTo(SourceState.DOWN));
        assertThat(reports.stream()
                        .map(r -> r.sources().get(0))
                        .filter(s -> s.state() == SourceState.DEGRADED)
                        .toList())
                .as("a degraded cycle names what it could not read")
                .allSatisfy(s -> assertThat(s.reason()).containsAnyOf(doomed, deletedGroup, onDeletedTopic));
    }

    @Test
    void a_group_the_monitor_may_not_describe_degrades_the_source_naming_it_and_the_others_show(@TempDir Path folder)
            throws Exception {
        EmbeddedKafkaBroker broker = closeLater(new EmbeddedKafkaBroker(folder, 0, 0)
                .withSettings(Map.of(
                        "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                        "allow.everyone.if.no.acl.found", "true"))
                .start());
        String topic = "faults-acl-" + id;
        String open = "faults-open-" + id;
        String secret = "faults-secret-" + id;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            commit(admin, open, topic, 0);
            commit(admin, secret, topic, 0);
            // everyone here is User:ANONYMOUS (a PLAINTEXT listener): deny it the secret group only
            admin.createAcls(List.of(new AclBinding(
                            new ResourcePattern(ResourceType.GROUP, secret, PatternType.LITERAL),
                            new AccessControlEntry(
                                    "User:ANONYMOUS", "*", AclOperation.DESCRIBE, AclPermissionType.DENY))))
                    .all()
                    .get();
        }
        produce(broker.bootstrapServers(), topic, 6);
        LagMonitor monitor = polled(kafkaSource(broker.bootstrapServers()));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> lagOf(monitor, open) == 6 && stateIs(monitor, "kafka", SourceState.DEGRADED));
        assertThat(source(monitor, "kafka").orElseThrow().reason())
                .contains(secret)
                .contains("GroupAuthorizationException");
        assertThat(monitor.latest().group(secret)).isEmpty();
        produce(broker.bootstrapServers(), topic, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> lagOf(monitor, open) == 8);
        pollingGoesOn(monitor);
    }

    @Test
    void a_redis_that_stops_shows_down_kafka_keeps_updating_and_a_restarted_redis_is_read_again() throws Exception {
        int port = freePort();
        RedisServerProcess redisServer = closeLater(RedisServerProcess.start(port));
        RedisStream stream = closeLater(new RedisStream("127.0.0.1", port, "faults-restart-" + id));
        stream.add(2);
        String topic = "faults-with-redis-" + id;
        String group = "faults-kafka-group-" + id;
        String servers = KafkaBrokerExtension.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            commit(admin, group, topic, 0);
        }
        produce(servers, topic, 1);
        LagMonitor monitor =
                polled(kafkaSource(servers), new RedisLagSource("redis://127.0.0.1:" + port, 1_000, Duration.ZERO));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> lagOf(monitor, stream.group) == 2 && lagOf(monitor, group) == 1);

        redisServer.close();

        await().atMost(Duration.ofSeconds(30)).until(() -> stateIs(monitor, "redis", SourceState.DOWN));
        assertThat(source(monitor, "redis").orElseThrow().reason()).isNotBlank();
        produce(servers, topic, 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> lagOf(monitor, group) == 3);
        assertThat(stateIs(monitor, "kafka", SourceState.UP)).isTrue();

        closeLater(RedisServerProcess.start(port)); // a restart without persistence: the stream is gone
        RedisStream recreated = closeLater(new RedisStream("127.0.0.1", port, "faults-restart-" + id));
        recreated.add(5);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> stateIs(monitor, "redis", SourceState.UP) && lagOf(monitor, recreated.group) == 5);
        pollingGoesOn(monitor);
    }

    private static void commit(Admin admin, String group, String topic, long offset)
            throws InterruptedException, ExecutionException {
        int partitions = admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get()
                .get(topic)
                .partitions()
                .size();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            offsets.put(new TopicPartition(topic, p), new OffsetAndMetadata(offset));
        }
        admin.alterConsumerGroupOffsets(group, offsets).all().get();
    }

    /** {@code count} records on the topic, each acknowledged. */
    private static void produce(String servers, String topic, int count) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", servers), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, "record-" + i)).get();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A stream with one consumer group at its start, deleted at the end. */
    private static final class RedisStream implements AutoCloseable {

        final String group;
        private final String name;
        private final RedisClient redis;

        RedisStream(String host, int port, String name) {
            this.name = name;
            this.group = name + "-workers";
            this.redis = RedisClient.create(host, port);
            redis.xgroupCreate(name, group, new StreamEntryID(0, 0), true);
        }

        void add(int count) {
            for (int i = 0; i < count; i++) {
                redis.xadd(name, StreamEntryID.NEW_ENTRY, Map.of("n", String.valueOf(i)));
            }
        }

        @Override
        public void close() {
            try {
                redis.del(name);
            } catch (RuntimeException e) {
                // the server is gone already: nothing to delete
            }
            redis.close();
        }
    }

    /** This machine's redis-server on a port of its own, without persistence, as a child process. */
    private static final class RedisServerProcess implements AutoCloseable {

        private final Process process;

        private RedisServerProcess(Process process) {
            this.process = process;
        }

        static RedisServerProcess start(int port) throws IOException {
            Process process = new ProcessBuilder(
                            "redis-server",
                            "--port",
                            String.valueOf(port),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            RedisServerProcess server = new RedisServerProcess(process);
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                try (RedisClient client = RedisClient.create("127.0.0.1", port)) {
                    return "PONG".equals(client.ping());
                }
            });
            return server;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
