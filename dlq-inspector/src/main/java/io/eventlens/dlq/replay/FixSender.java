package io.eventlens.dlq.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.dlq.audit.AuditEntry.Action;
import io.eventlens.dlq.audit.AuditLog;
import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.browse.PiiMasker;
import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.headers.RawHeader;
import io.eventlens.dlq.validate.PayloadCheck;
import io.eventlens.dlq.validate.SchemaVerdict;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

/**
 * Sends one record with an edited payload: the edit must be JSON and, when the catalog has the
 * message's schema, valid against it; then it is sent (Kafka: acknowledged by all replicas; Redis:
 * added to the target and deleted from the DLQ in one MULTI) and audited with both versions.
 */
final class FixSender implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> client;
    private final UnifiedJedis redis;
    private final HeaderPolicy policy;
    private final KafkaTargets targets;
    private final AuditLog audit;
    private final PiiMasker masker;
    private KafkaProducer<byte[], byte[]> producer;

    FixSender(
            Map<String, Object> client,
            UnifiedJedis redis,
            HeaderPolicy policy,
            KafkaTargets targets,
            AuditLog audit,
            PiiMasker masker) {
        this.client = client;
        this.redis = redis;
        this.policy = policy;
        this.targets = targets;
        this.audit = audit;
        this.masker = masker;
    }

    FixResult send(
            DeadLetterQueue queue,
            DlqMessage message,
            String payload,
            String target,
            String actor,
            PayloadCheck check) {
        JsonNode json;
        try {
            json = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new ReplayRefusedException("the fixed payload of " + message.id() + " is not JSON: "
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "; nothing was sent");
        }
        if (json == null || json.isMissingNode()) {
            throw new ReplayRefusedException("the fixed payload of " + message.id() + " is empty; nothing was sent");
        }
        SchemaVerdict verdict = check.check(message.headers().originalTopic(), json);
        String to = target != null ? target : message.headers().originalTopic();
        if (verdict.status() == SchemaVerdict.Status.INVALID) {
            return new FixResult(false, to, verdict, message.replayId());
        }
        if (to == null) {
            throw new ReplayRefusedException("record " + message.id() + " names no original topic; pick a target");
        }
        String jobId = "fix-" + UUID.randomUUID();
        if (queue.backend() == Backend.KAFKA) {
            targets.refusal(queue.name(), to).ifPresent(reason -> {
                throw new ReplayRefusedException(reason);
            });
            sendKafka(to, message, json, jobId);
        } else {
            sendRedis(queue.name(), to, message, json, jobId);
        }
        String before = message.value() == null ? null : new String(message.value(), StandardCharsets.UTF_8);
        audit.record(
                actor,
                Action.FIX_REPLAYED,
                queue.name(),
                jobId,
                "record " + message.id(),
                to,
                1,
                "fixed and sent (" + verdict.status().name().toLowerCase(Locale.ROOT)
                        + (verdict.schema() == null ? "" : " against " + verdict.schema()) + ")",
                before,
                json.toString());
        return new FixResult(true, to, verdict, message.replayId());
    }

    private synchronized void sendKafka(String topic, DlqMessage message, JsonNode json, String jobId) {
        RecordHeaders headers = new RecordHeaders();
        for (RawHeader header : policy.apply(message, jobId)) {
            headers.add(header.name(), header.value());
        }
        byte[] key = message.key() == null ? null : message.key().getBytes(StandardCharsets.UTF_8);
        try {
            producer()
                    .send(new ProducerRecord<>(
                            topic, null, key, json.toString().getBytes(StandardCharsets.UTF_8), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayRefusedException("interrupted while sending the fixed record to " + topic);
        } catch (ExecutionException | TimeoutException e) {
            throw new ReplayRefusedException("the fixed record was not accepted by " + topic + ": " + e.getMessage());
        }
    }

    private void sendRedis(String dlq, String stream, DlqMessage message, JsonNode json, String jobId) {
        if (!json.isObject()) {
            throw new ReplayRefusedException(
                    "a Redis entry is a set of fields: the fixed payload must be a JSON object");
        }
        if (!"stream".equals(redis.type(stream))) {
            throw new ReplayRefusedException("target stream '" + stream + "' does not exist in Redis");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        json.fields()
                .forEachRemaining(f -> fields.put(
                        f.getKey(),
                        f.getValue().isValueNode()
                                ? f.getValue().asText()
                                : f.getValue().toString()));
        for (RawHeader header : policy.apply(message, jobId)) {
            if (header.name().startsWith("eventlens-")) {
                fields.put(header.name(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        try (AbstractTransaction tx = redis.multi()) {
            tx.xadd(stream, StreamEntryID.NEW_ENTRY, fields);
            tx.xdel(dlq, new StreamEntryID(message.id()));
            tx.exec();
        }
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(client);
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "eventlens-dlq-fix");
            producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    PiiMasker masker() {
        return masker;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
