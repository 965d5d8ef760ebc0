package io.eventlens.reference.event;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The seed's event envelope: every event and command on every topic and stream has this shape, so a
 * consumer can route, deduplicate ({@code event_id}) and correlate ({@code correlation_id}) without
 * reading the payload.
 *
 * @param eventType past-tense event name or imperative command name, e.g. {@code OrderPlaced}
 * @param schemaVersion version of {@code data}'s schema for that type
 * @param eventId unique per event; consumers store it to ignore redeliveries
 * @param timestamp when the fact happened (ISO-8601 UTC)
 * @param source the service that produced it
 * @param correlationId the business action it belongs to (the order id)
 * @param causationId the event id that caused this one, or null for the first
 * @param data the self-contained payload
 */
public record EventEnvelope(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("source") String source,
        @JsonProperty("correlation_id") String correlationId,
        @JsonProperty("causation_id") String causationId,
        @JsonProperty("data") JsonNode data) {

    public EventEnvelope {
        requireNonNull(eventType, "event_type");
        requireNonNull(eventId, "event_id");
        requireNonNull(timestamp, "timestamp");
        requireNonNull(source, "source");
        requireNonNull(correlationId, "correlation_id");
        requireNonNull(data, "data");
    }

    /** A new event at {@code now}, caused by {@code cause} (null for the first event of an action). */
    public static EventEnvelope create(
            String eventType, String source, String correlationId, EventEnvelope cause, JsonNode data, Instant now) {
        return new EventEnvelope(
                eventType,
                1,
                Ids.next(),
                now.toString(),
                source,
                correlationId,
                cause == null ? null : cause.eventId(),
                data);
    }
}
