package io.eventlens.reference.email;

import io.eventlens.reference.tracing.MessagingSpans;
import io.eventlens.reference.tracing.Telemetry;
import io.eventlens.reference.tracing.TraceHeaders;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Sends one email job inside a {@code process email-jobs} span and acknowledges it. Jobs are read in
 * batches; each batch starts its own trace ({@link #startBatch}), linked to the jobs' producers. A job that fails
 * stays pending; {@link EmailWorker}'s reclaim round tries it again, and dead-letters it after the
 * configured number of deliveries.
 */
final class EmailJobProcessor {

    private final UnifiedJedis redis;
    private final String stream;
    private final String group;
    private final EmailSender sender;
    private final Telemetry telemetry;

    EmailJobProcessor(UnifiedJedis redis, String stream, String group, EmailSender sender, Telemetry telemetry) {
        this.redis = redis;
        this.stream = stream;
        this.group = group;
        this.sender = sender;
        this.telemetry = telemetry;
    }

    String group() {
        return group;
    }

    /**
     * Starts the span of one batch read from the stream: a new trace (a batch has many producers and
     * a span only one parent), linked to each job's creation context, as the messaging semantic
     * conventions advise for batch consumers. Each link carries the job's id and correlation id.
     */
    Span startBatch(List<StreamEntry> jobs) {
        SpanBuilder batch = telemetry
                .tracer("email")
                .spanBuilder("receive " + stream)
                .setNoParent()
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("messaging.system", "redis")
                .setAttribute("messaging.operation.name", "receive")
                .setAttribute("messaging.operation.type", "receive")
                .setAttribute("messaging.destination.name", stream)
                .setAttribute("messaging.consumer.group.name", group)
                .setAttribute("messaging.batch.message_count", (long) jobs.size());
        for (StreamEntry job : jobs) {
            SpanContext creation = creationContext(job);
            if (creation.isValid()) {
                batch.addLink(creation, linkAttributes(job));
            }
        }
        return batch.startSpan();
    }

    private SpanContext creationContext(StreamEntry job) {
        return Span.fromContext(TraceHeaders.extract(telemetry.propagator(), job.getFields()))
                .getSpanContext();
    }

    private static Attributes linkAttributes(StreamEntry job) {
        return Attributes.of(
                AttributeKey.stringKey("messaging.message.id"),
                job.getID().toString(),
                AttributeKey.stringKey(Telemetry.CORRELATION_ID),
                job.getFields().getOrDefault("order_id", ""));
    }

    /**
     * Sends one job in a {@code process} span under its batch's span, linked to the job's creation
     * context; returns true when the job was sent (or had been) and is acknowledged.
     */
    boolean process(StreamEntry entry, Context batch) {
        Map<String, String> job = entry.getFields();
        String orderId = job.getOrDefault("order_id", "");
        Span span = MessagingSpans.process(
                telemetry.tracer("email"),
                batch,
                "redis",
                stream,
                group,
                job.getOrDefault("event_id", entry.getID().toString()),
                orderId);
        span.setAttribute("messaging.message.id", entry.getID().toString());
        SpanContext creation = creationContext(entry);
        if (creation.isValid()) {
            span.addLink(creation, linkAttributes(entry));
        }
        Scope scope = span.makeCurrent();
        try {
            String recipient = job.get("recipient");
            if (orderId.isBlank() || recipient == null || !recipient.contains("@")) {
                throw new IllegalArgumentException("email job " + entry.getID() + " is malformed: needs order_id and "
                        + "a recipient address, got " + job.keySet());
            }
            sender.send(orderId, recipient, job.getOrDefault("kind", "order-confirmation"));
            redis.xack(stream, group, entry.getID());
            return true;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.toString());
            return false;
        } finally {
            scope.close();
            span.end();
        }
    }

    /** Moves a job that failed too often to the dead-letter stream, with why, and acknowledges it. */
    void deadLetter(StreamEntry entry, String deadLetterStream, long deliveries) {
        Map<String, String> fields = new HashMap<>(entry.getFields());
        fields.put("dlq-original-stream", stream);
        fields.put("dlq-original-id", entry.getID().toString());
        fields.put("dlq-original-group", group);
        fields.put("dlq-delivery-count", String.valueOf(deliveries));
        fields.put("dlq-reason", "not processed after " + deliveries + " deliveries");
        redis.xadd(deadLetterStream, StreamEntryID.NEW_ENTRY, fields);
        redis.xack(stream, group, entry.getID());
    }
}
