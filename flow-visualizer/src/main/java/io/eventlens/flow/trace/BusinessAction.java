package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One business action: the spans of every trace that carries its correlation id, and of the traces
 * linked to them in either direction, ordered by start.
 *
 * @param correlationId empty when the traces found carry none
 * @param traceIds in order of their first span
 * @param services in order of their first span
 */
public record BusinessAction(
        String correlationId, List<String> traceIds, List<String> services, List<TraceSpan> spans) {

    public BusinessAction {
        requireNonNull(correlationId, "correlationId");
        traceIds = List.copyOf(traceIds);
        services = List.copyOf(services);
        spans = List.copyOf(spans);
    }

    public boolean failed() {
        return spans.stream().anyMatch(TraceSpan::failed);
    }

    public long startEpochNanos() {
        return spans.stream().mapToLong(TraceSpan::startEpochNanos).min().orElse(0);
    }

    public long endEpochNanos() {
        return spans.stream().mapToLong(TraceSpan::endEpochNanos).max().orElse(0);
    }
}
