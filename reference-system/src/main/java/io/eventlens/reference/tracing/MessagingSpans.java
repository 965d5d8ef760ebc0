package io.eventlens.reference.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Spans named and attributed after the OpenTelemetry messaging semantic conventions
 * ({@code send <topic>} PRODUCER, {@code process <topic>} CONSUMER), with the correlation id both in
 * baggage and as {@code messaging.message.conversation_id}.
 */
public final class MessagingSpans {

    private MessagingSpans() {}

    public static Span send(
            Tracer tracer,
            Context parent,
            String system,
            String destination,
            String key,
            String messageId,
            String correlationId) {
        return tracer.spanBuilder("send " + destination)
                .setParent(TraceHeaders.withCorrelation(parent, correlationId))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", system)
                .setAttribute("messaging.operation.name", "send")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", destination)
                .setAttribute("messaging.kafka.message.key", key)
                .setAttribute("messaging.message.id", messageId)
                .setAttribute("messaging.message.conversation_id", correlationId)
                .setAttribute(Telemetry.CORRELATION_ID, correlationId)
                .startSpan();
    }

    public static Span process(
            Tracer tracer,
            Context parent,
            String system,
            String destination,
            String group,
            String messageId,
            String correlationId) {
        return tracer.spanBuilder("process " + destination)
                .setParent(TraceHeaders.withCorrelation(parent, correlationId))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", system)
                .setAttribute("messaging.operation.name", "process")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", destination)
                .setAttribute("messaging.consumer.group.name", group)
                .setAttribute("messaging.message.id", messageId)
                .setAttribute("messaging.message.conversation_id", correlationId)
                .setAttribute(Telemetry.CORRELATION_ID, correlationId)
                .startSpan();
    }
}
