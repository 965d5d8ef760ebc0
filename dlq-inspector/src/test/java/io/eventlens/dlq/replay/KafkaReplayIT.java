package io.eventlens.dlq.replay;

import static io.eventlens.dlq.replay.KafkaTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.dlq.audit.AuditEntry;
import io.eventlens.dlq.browse.FilterException;
import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.discovery.QueueKind;
import io.eventlens.dlq.jobs.JobConflictException;
import io.eventlens.dlq.jobs.JobStatus;
import io.eventlens.dlq.jobs.ReplayJob;
import io.eventlens.dlq.jobs.Selection;
import io.eventlens.dlq.jobs.TestDatabases;
import io.eventlens.dlq.validate.PayloadCheck;
import io.eventlens.dlq.validate.SchemaVerdict;
import io.eventlens.lint.payload.PayloadValidator;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaReplayIT {

    private static final String POISON = "io.example.PoisonEventException";
    private final String prefix = "replay-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final String origin = prefix + "payments";
    private final String dlt = prefix + "payments-dlt";
    private DlqFixture dlq;
    private DeadLetterQueue queue;
    private KafkaProducer<byte[], byte[]> producer;

    @BeforeEach
    void topicsAndRecords() throws Exception {
        String bootstrap = KafkaBrokerExtension.bootstrapServers();
        dlq = new DlqFixture(bootstrap, TestDatabases.h2(prefix.replace("-", "_")), "it", Duration.ofSeconds(30), 3);
        KafkaTopics.create(dlq.admin, 1, origin, dlt, prefix + "other");
        queue = new DeadLetterQueue(dlt, Backend.KAFKA, QueueKind.DEAD_LETTER, "suffix -dlt");
        producer = KafkaTopics.producer(bootstrap);
        for (int i = 0; i < 4; i++) {
            KafkaTopics.send(
                    producer,
                    dlt,
                    "order-" + i,
                    json("{\"order_id\":\"o" + i + "\"}"),
                    KafkaTopics.springHeaders(origin, i, POISON, "order o" + i + " has no amount"));
        }
        for (int i = 4; i < 6; i++) {
            KafkaTopics.send(
                    producer,
                    dlt,
                    "order-" + i,
                    json("{\"order_id\":\"o" + i + "\",\"amount\":5}"),
                    KafkaTopics.springHeaders(origin, i, "java.net.SocketTimeoutException", "Read timed out"));
        }
    }

    @AfterEach
    void close() {
        producer.close();
        dlq.close();
    }

    @Test
    void replaying_an_error_group_sends_each_of_its_records_once_to_the_original_topic_stamped_and_audited() {
        String group = POISON + ": order o# has no amount";
        ReplayJob job = dlq.replay.start(queue, request(Selection.matching(Map.of("errorGroup", group)), null, false));
        assertThat(job.toMove()).isEqualTo(4);

        ReplayJob done = awaitEnd(job.id());
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(done.moved()).isEqualTo(4);
        assertThat(done.percent()).isEqualTo(100);

        List<ConsumerRecord<byte[], byte[]>> sent =
                KafkaTopics.readCommitted(KafkaBrokerExtension.bootstrapServers(), origin);
        assertThat(sent)
                .extracting(r -> header(r, "eventlens-replay-id"))
                .containsExactlyInAnyOrder(dlt + "-0-0", dlt + "-0-1", dlt + "-0-2", dlt + "-0-3");
        ConsumerRecord<byte[], byte[]> first = sent.get(0);
        assertThat(header(first, "eventlens-replay-count")).isEqualTo("1");
        assertThat(header(first, "eventlens-replay-job")).isEqualTo(job.id());
        assertThat(header(first, "kafka_dlt-original-topic")).isEqualTo(origin);
        assertThat(first.headers().lastHeader("kafka_dlt-exception-fqcn")).isNull();
        assertThat(first.headers().lastHeader("retry_topic-attempts")).isNull();
        assertThat(new String(first.key(), StandardCharsets.UTF_8)).startsWith("order-");
        assertThat(dlq.audit.forJob(job.id()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.REPLAY_STARTED, AuditEntry.Action.REPLAY_FINISHED);
        assertThat(dlq.outcomes.get("moved").get()).isEqualTo(4);
    }

    @Test
    void a_record_replayed_as_often_as_allowed_is_parked_not_sent_again() throws Exception {
        var headers = KafkaTopics.springHeaders(origin, 9, POISON, "again");
        headers.add("eventlens-replay-count", "3".getBytes(StandardCharsets.UTF_8));
        KafkaTopics.send(producer, dlt, "order-9", json("{}"), headers);

        ReplayJob done = awaitEnd(dlq.replay
                .start(queue, request(Selection.of(List.of("0-6")), null, false))
                .id());

        assertThat(done.parked()).isEqualTo(1);
        assertThat(done.moved()).isZero();
        assertThat(KafkaTopics.readCommitted(KafkaBrokerExtension.bootstrapServers(), dlt + "-parked"))
                .hasSize(1);
        assertThat(KafkaTopics.readCommitted(KafkaBrokerExtension.bootstrapServers(), origin))
                .isEmpty();
    }

    @Test
    void a_dry_run_lists_each_record_and_where_it_would_go_and_sends_nothing() {
        DryRun plan = dlq.replay.dryRun(queue, request(Selection.matching(Map.of()), prefix + "other", true));

        assertThat(plan.selected()).isEqualTo(6);
        assertThat(plan.wouldMove()).isEqualTo(6);
        assertThat(plan.planned())
                .first()
                .isEqualTo(new DryRun.Planned("0-0", dlt + "-0-0", "moved", prefix + "other", null));
        assertThat(KafkaTopics.readCommitted(KafkaBrokerExtension.bootstrapServers(), prefix + "other"))
                .isEmpty();
        assertThat(dlq.audit.recent(1).get(0).action()).isEqualTo(AuditEntry.Action.DRY_RUN);
    }

    @Test
    void a_target_that_does_not_exist_is_refused_and_nothing_is_sent() {
        assertThatThrownBy(
                        () -> dlq.replay.start(queue, request(Selection.of(List.of("0-0")), prefix + "nowhere", false)))
                .isInstanceOf(ReplayRefusedException.class)
                .hasMessage("target topic '" + prefix + "nowhere' does not exist; create it or pick another target");
        assertThat(dlq.jobs.activeJob(dlt)).isEmpty();
    }

    @Test
    void a_target_that_forbids_writes_is_refused() {
        assertThatThrownBy(() ->
                        dlq.replay.start(queue, request(Selection.of(List.of("0-0")), "__consumer_offsets", false)))
                .isInstanceOf(ReplayRefusedException.class)
                .hasMessage("target topic '__consumer_offsets' is internal to Kafka; it forbids writes");
        assertThatThrownBy(() -> dlq.replay.start(queue, request(Selection.of(List.of("0-0")), dlt, false)))
                .hasMessage("target topic '" + dlt + "' is the DLQ itself; replaying into it would loop");
    }

    @Test
    void a_filter_that_does_not_parse_is_refused_before_any_job_exists() {
        assertThatThrownBy(() ->
                        dlq.replay.start(queue, request(Selection.matching(Map.of("from", "noon")), null, false)))
                .isInstanceOf(FilterException.class)
                .hasMessageContaining("filter from='noon' cannot be read");
        assertThat(dlq.jobs.activeJob(dlt)).isEmpty();
    }

    @Test
    void a_second_replay_of_a_dlq_with_a_running_job_is_refused_and_cancel_stops_the_first() {
        ReplayJob slow =
                dlq.replay.start(queue, new ReplayRequest(dlt, Selection.matching(Map.of()), null, false, 1, "op"));

        assertThatThrownBy(() -> dlq.replay.start(queue, request(Selection.of(List.of("0-0")), null, false)))
                .isInstanceOf(JobConflictException.class)
                .hasMessage("DLQ " + dlt + " already has a running replay job (" + slow.id()
                        + "); wait for it to finish or cancel it first");
        assertThat(dlq.replay.cancel(slow.id(), "op")).isTrue();
        ReplayJob cancelled = awaitEnd(slow.id());
        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cancelled.moved()).isLessThan(6);
        assertThat(KafkaTopics.readCommitted(KafkaBrokerExtension.bootstrapServers(), origin))
                .hasSize((int) cancelled.moved());
    }

    @Test
    void a_fixed_payload_that_fails_its_schema_is_not_sent_and_a_valid_fix_is_sent_and_audited_with_both_versions()
            throws Exception {
        JsonNode document = document(origin);
        Catalog catalog = Catalog.ofTree("payments.json", "3.0.0", document);
        PayloadCheck check = new PayloadCheck(() -> catalog, m -> document, new PayloadValidator());

        FixResult refused =
                dlq.replay.fix(queue, "0-0", "{\"order_id\":\"o0\",\"amount\":\"five\"}", null, "op", check);
        assertThat(refused.sent()).isFalse();
        assertThat(refused.verdict().status()).isEqualTo(SchemaVerdict.Status.INVALID);
        assertThat(refused.verdict().problems()).anySatisfy(p -> assertThat(p).startsWith("/amount:"));
        assertThatThrownBy(() -> dlq.replay.fix(queue, "0-0", "{\"order_id\":", null, "op", check))
                .isInstanceOf(ReplayRefusedException.class)
                .hasMessageStartingWith("the fixed payload of 0-0 is not JSON:");
        assertThat(KafkaTopics.readCommitted(KafkaBrokerExtension.bootstrapServers(), origin))
                .isEmpty();

        FixResult sent = dlq.replay.fix(queue, "0-0", "{\"order_id\":\"o0\",\"amount\":5}", null, "op", check);
        assertThat(sent.sent()).isTrue();
        assertThat(sent.verdict().status()).isEqualTo(SchemaVerdict.Status.VALID);
        List<ConsumerRecord<byte[], byte[]>> out =
                KafkaTopics.readCommitted(KafkaBrokerExtension.bootstrapServers(), origin);
        assertThat(out).hasSize(1);
        assertThat(new String(out.get(0).value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"order_id\":\"o0\",\"amount\":5}");
        AuditEntry audit = dlq.audit.recent(1).get(0);
        assertThat(audit.action()).isEqualTo(AuditEntry.Action.FIX_REPLAYED);
        assertThat(audit.originalPayload()).isEqualTo("{\"order_id\":\"o0\"}");
        assertThat(audit.fixedPayload()).isEqualTo("{\"order_id\":\"o0\",\"amount\":5}");
    }

    private static JsonNode document(String topic) {
        try {
            String doc = """
                    {"asyncapi": "3.0.0", "info": {"title": "payments", "version": "1"},
                     "channels": {"payments": {"address": "%s", "messages": {"Payment": {"name": "Payment",
                       "payload": {"type": "object", "required": ["order_id", "amount"],
                                   "properties": {"order_id": {"type": "string"}, "amount": {"type": "number"}}}}}}},
                     "operations": {"receivePayments": {"action": "receive", "channel": {"$ref": "#/channels/payments"},
                       "messages": [{"$ref": "#/channels/payments/messages/Payment"}]}}}
                    """.formatted(topic);
            return new ObjectMapper().readTree(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ReplayJob awaitEnd(String id) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !dlq.jobs.get(id).orElseThrow().status().active());
        return dlq.jobs.get(id).orElseThrow();
    }

    private ReplayRequest request(Selection selection, String target, boolean dryRun) {
        return new ReplayRequest(dlt, selection, target, dryRun, 0, "operator");
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
