package io.eventlens.dlq.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.eventlens.dlq.audit.AuditEntry;
import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.discovery.QueueKind;
import io.eventlens.dlq.jobs.JobStatus;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.Selection;
import io.eventlens.dlq.jobs.TestDatabases;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/** On the machine's Redis (127.0.0.1:6379), each test with its own stream names. */
@ExtendWith(KafkaBrokerExtension.class)
class RedisReplayIT {

    private final String prefix = "dlq-it-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final String stream = prefix + "email-jobs";
    private final String dlqStream = prefix + "email-jobs-dlq";
    private DlqFixture dlq;

    @BeforeEach
    void fixture() {
        dlq = new DlqFixture(
                KafkaBrokerExtension.bootstrapServers(),
                TestDatabases.h2("redis_" + System.nanoTime()),
                "it",
                Duration.ofSeconds(30),
                3);
    }

    @AfterEach
    void close() {
        dlq.redis.del(stream, dlqStream, dlqStream + "-parked");
        dlq.close();
    }

    @Test
    void entries_delivered_too_often_are_claimed_dead_lettered_and_acknowledged_in_one_step() {
        dlq.redis.xgroupCreate(stream, "email-service", new StreamEntryID(0, 0), true);
        dlq.redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of("order_id", "o1", "recipient", "nobody"));
        dlq.redis.xreadGroupAsMap(
                "email-service",
                "worker-1",
                XReadGroupParams.xReadGroupParams().count(10),
                Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));

        List<String> moved = new RedisFunctions(dlq.redis)
                .deadLetterExhausted(stream, dlqStream, "email-service", "eventlens", 0, 1, 100);

        assertThat(moved).hasSize(1);
        assertThat(dlq.redis.xpending(stream, "email-service").getTotal()).isZero();
        StreamEntry dead = dlq.redis.xrange(dlqStream, "-", "+", 10).get(0);
        assertThat(dead.getFields())
                .containsEntry("order_id", "o1")
                .containsEntry("dlq-original-stream", stream)
                .containsEntry("dlq-original-id", moved.get(0))
                .containsEntry("dlq-original-group", "email-service")
                .containsEntry("dlq-delivery-count", "1");
    }

    @Test
    void a_redis_replay_moves_each_entry_back_to_its_stream_stamped_and_removes_it_from_the_dlq() {
        dlq.redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of("order_id", "live"));
        for (int i = 0; i < 3; i++) {
            dlq.redis.xadd(
                    dlqStream,
                    StreamEntryID.NEW_ENTRY,
                    Map.of(
                            "order_id",
                            "o" + i,
                            "recipient",
                            "a@b.c",
                            "dlq-original-stream",
                            stream,
                            "dlq-original-id",
                            "1-" + i,
                            "dlq-reason",
                            "not processed after 5" + " deliveries"));
        }
        DeadLetterQueue queue = new DeadLetterQueue(dlqStream, Backend.REDIS, QueueKind.DEAD_LETTER, "suffix -dlq");

        ReplayJob job = dlq.replay.start(
                queue, new ReplayRequest(dlqStream, Selection.matching(Map.of()), null, false, 0, "operator"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !dlq.jobs.get(job.id()).orElseThrow().status().active());

        ReplayJob done = dlq.jobs.get(job.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.moved()).isEqualTo(3);
        assertThat(dlq.redis.xlen(dlqStream)).isZero();
        List<StreamEntry> back = dlq.redis.xrange(stream, "-", "+", 10);
        assertThat(back).hasSize(4);
        assertThat(back.get(1).getFields())
                .containsEntry("order_id", "o0")
                .containsEntry("eventlens-replay-count", "1")
                .containsKey("eventlens-replay-id")
                .doesNotContainKey("dlq-reason");
        assertThat(dlq.audit.forJob(job.id()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.REPLAY_STARTED, AuditEntry.Action.REPLAY_FINISHED);
    }

    @Test
    void a_redis_target_stream_that_does_not_exist_is_refused() {
        dlq.redis.xadd(dlqStream, StreamEntryID.NEW_ENTRY, Map.of("order_id", "o1"));
        DeadLetterQueue queue = new DeadLetterQueue(dlqStream, Backend.REDIS, QueueKind.DEAD_LETTER, "suffix -dlq");

        assertThatThrownBy(() -> dlq.replay.start(
                        queue,
                        new ReplayRequest(
                                dlqStream, Selection.matching(Map.of()), prefix + "nowhere", false, 0, "operator")))
                .isInstanceOf(ReplayRefusedException.class)
                .hasMessage("target stream '" + prefix + "nowhere' does not exist in Redis");
        assertThat(dlq.redis.xlen(dlqStream)).isEqualTo(1);
    }
}
