package io.eventlens.web.traces;

import io.eventlens.flow.trace.BusinessAction;
import io.eventlens.flow.trace.SpanEvent;
import io.eventlens.flow.trace.TraceSpan;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The REST shape of a trace search: {@code {"actions":[{"correlationId","traceIds","services","spans"}]}}. */
final class TraceJson {

    private TraceJson() {}

    record Answer(List<Action> actions) {}

    record Action(String correlationId, List<String> traceIds, List<String> services, List<Span> spans) {}

    record Span(
            String traceId,
            String spanId,
            String parentSpanId,
            String service,
            String name,
            String kind,
            String start,
            long durationMicros,
            String status,
            Map<String, String> attributes,
            List<Event> events,
            List<Link> links) {}

    record Event(String name, String time, Map<String, String> attributes) {}

    record Link(String traceId, String spanId, Map<String, String> attributes) {}

    static Answer answer(List<BusinessAction> actions) {
        return new Answer(actions.stream()
                .map(a -> new Action(
                        a.correlationId(),
                        a.traceIds(),
                        a.services(),
                        a.spans().stream().map(TraceJson::span).toList()))
                .toList());
    }

    private static Span span(TraceSpan span) {
        return new Span(
                span.traceId(),
                span.spanId(),
                span.parentSpanId(),
                span.service(),
                span.name(),
                span.kind().name(),
                instant(span.startEpochNanos()),
                span.durationMicros(),
                span.status().code().name(),
                span.attributes(),
                span.events().stream().map(TraceJson::event).toList(),
                span.links().stream()
                        .map(l -> new Link(l.traceId(), l.spanId(), l.attributes()))
                        .toList());
    }

    private static Event event(SpanEvent event) {
        return new Event(event.name(), instant(event.epochNanos()), event.attributes());
    }

    static String instant(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos).toString();
    }
}
