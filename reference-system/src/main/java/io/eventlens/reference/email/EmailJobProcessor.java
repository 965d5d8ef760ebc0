package io.eventlens.reference.email;

import io.eventlens.reference.tracing.MessagingSpans;
import io.eventlens.reference.tracing.Telemetry;
import io.eventlens.reference.tracing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Sends one email job inside a {@code process email-jobs} span and acknowledges it. A job that fails
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

    /** Returns true when the job was sent (or had been) and is acknowledged. */
    boolean process(StreamEntry entry) {
        Map<String, String> job = entry.getFields();
        String orderId = job.getOrDefault("order_id", "");
        Span span = MessagingSpans.process(
                telemetry.tracer("email"),
                TraceHeaders.extract(telemetry.propagator(), job),
                "redis",
                stream,
                group,
                job.getOrDefault("event_id", entry.getID().toString()),
                orderId);
        span.setAttribute("messaging.message.id", entry.getID().toString());
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
