package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One span as EventLens keeps it: ids in lower-case hex, attribute values as text (arrays and maps
 * as JSON), and the business action's correlation id found among its attributes at intake.
 *
 * @param parentSpanId empty for a root span
 * @param service the resource's {@code service.name}, {@code unknown_service} when it has none
 * @param correlationId empty when the span carries none
 */
public record TraceSpan(
        String traceId,
        String spanId,
        String parentSpanId,
        String service,
        String name,
        SpanKind kind,
        long startEpochNanos,
        long endEpochNanos,
        SpanStatus status,
        Map<String, String> attributes,
        Map<String, String> resource,
        String scope,
        List<SpanEvent> events,
        List<SpanLink> links,
        String correlationId) {

    public TraceSpan {
        requireNonNull(traceId, "traceId");
        requireNonNull(spanId, "spanId");
        parentSpanId = parentSpanId == null ? "" : parentSpanId;
        requireNonNull(service, "service");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(status, "status");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        resource = Collections.unmodifiableMap(new LinkedHashMap<>(resource));
        scope = scope == null ? "" : scope;
        events = List.copyOf(events);
        links = List.copyOf(links);
        correlationId = correlationId == null ? "" : correlationId;
    }

    public long durationMicros() {
        return Math.max(0, endEpochNanos - startEpochNanos) / 1000;
    }

    public boolean failed() {
        return status.code() == SpanStatus.Code.ERROR;
    }

    /** The record key of the message on this span ({@code messaging.kafka.message.key}), empty when none. */
    public String messageKey() {
        return MessageAttributes.key(attributes);
    }
}
