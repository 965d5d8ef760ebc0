package io.eventlens.reference.email;

import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.EventTypes;
import io.eventlens.reference.event.Names;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.messaging.EventHandler;
import io.eventlens.reference.tracing.Telemetry;
import io.eventlens.reference.tracing.TraceHeaders;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;

/**
 * Email service, consumer group {@code email-service} (choreography): each OrderCompleted becomes a
 * job on the Redis stream {@code email-jobs}, with the trace context in the job's fields. The job is
 * added before the offset commits, so a crash adds it again, and {@link EmailSender} sends once.
 */
public final class EmailJobs implements EventHandler {

    public static final String GROUP = "email-service";

    /**
     * The stream is trimmed at about this many entries on each add (MAXLEN ~), so it does not grow
     * forever. Far above any backlog the workers leave (they keep up within seconds), so only sent
     * jobs are trimmed. Chosen over XDEL after acknowledging: the jobs stay readable for a while
     * (tests and people check them), and Redis keeps the group's lag exact while only delivered
     * entries are trimmed.
     */
    public static final long MAX_LENGTH = 10_000;

    static final String SOURCE = "email-service";

    private final UnifiedJedis redis;
    private final String stream;
    private final Telemetry telemetry;

    public EmailJobs(UnifiedJedis redis, Names names, Telemetry telemetry) {
        this.redis = redis;
        this.stream = names.of(Topics.EMAIL_STREAM);
        this.telemetry = telemetry;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!EventTypes.ORDER_COMPLETED.equals(event.eventType())) {
            return;
        }
        Map<String, String> job = new HashMap<>(TraceHeaders.capture(telemetry.propagator(), Context.current()));
        job.put("event_id", event.eventId());
        job.put("schema_version", "1");
        job.put("timestamp", Instant.now().toString());
        job.put("source", SOURCE);
        job.put("correlation_id", event.correlationId());
        job.put("order_id", event.correlationId());
        job.put("recipient", event.data().path("customer").path("email").asText());
        job.put("kind", "order-confirmation");
        redis.xadd(stream, XAddParams.xAddParams().maxLen(MAX_LENGTH).approximateTrimming(), job);
    }
}
