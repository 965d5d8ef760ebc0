package io.eventlens.flow.trace;

import java.util.List;
import java.util.Map;

/** Spans for store and search tests. */
final class Spans {

    private Spans() {}

    static TraceSpan span(String traceId, String service, String correlationId, List<SpanLink> links) {
        return span(traceId, OtlpRequests.randomHex(8), "", service, correlationId, links, Map.of());
    }

    static TraceSpan span(
            String traceId,
            String spanId,
            String parent,
            String service,
            String correlationId,
            List<SpanLink> links,
            Map<String, String> attributes) {
        long start = System.nanoTime();
        return new TraceSpan(
                traceId,
                spanId,
                parent,
                service,
                "work in " + service,
                SpanKind.INTERNAL,
                start,
                start + 2_000_000,
                SpanStatus.UNSET,
                attributes,
                Map.of("service.name", service),
                "test",
                List.of(new SpanEvent(start + 1, "checkpoint", Map.of("at", "1"))),
                links,
                correlationId);
    }

    static SpanLink linkTo(TraceSpan target, String correlationId) {
        return new SpanLink(
                target.traceId(),
                target.spanId(),
                correlationId.isEmpty() ? Map.of() : Map.of("correlation.id", correlationId));
    }
}
