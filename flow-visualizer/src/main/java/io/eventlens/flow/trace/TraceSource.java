package io.eventlens.flow.trace;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where spans are searched: the embedded {@link SpanStore}, a Jaeger or a Grafana Tempo. The
 * correlation search ({@link CorrelationSearch}) uses only these three questions, so it works the
 * same over each.
 */
public interface TraceSource {

    /** A name for the page and errors, e.g. {@code embedded} or {@code jaeger http://host:16686}. */
    String name();

    /** Ids of traces with a span that matches, most recent first, at most {@code limit}. */
    List<String> findTraces(TraceQuery query, int limit);

    /** Every span of these traces. */
    List<TraceSpan> spansOf(Collection<String> traceIds);

    /** Traces with a span that links to a span of one of these traces (the links followed backwards). */
    Set<String> tracesLinkingTo(Collection<String> traceIds);
}
