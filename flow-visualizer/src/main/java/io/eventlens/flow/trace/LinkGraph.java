package io.eventlens.flow.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Follows span links from a set of traces, forwards (link targets) and backwards (who links here). */
final class LinkGraph {

    private final TraceSource source;
    private final String correlationId;
    private final CorrelationAttributes correlation;

    LinkGraph(TraceSource source, String correlationId, CorrelationAttributes correlation) {
        this.source = source;
        this.correlationId = correlationId;
        this.correlation = correlation;
    }

    /** The spans of the seed traces and of every trace reached within {@code hops} link steps. */
    List<TraceSpan> expand(List<String> seeds, int hops, int maxTraces) {
        Set<String> seen = new LinkedHashSet<>(seeds);
        Set<String> frontier = new LinkedHashSet<>(seeds);
        List<TraceSpan> spans = new ArrayList<>();
        for (int hop = 0; hop <= hops && !frontier.isEmpty(); hop++) {
            List<TraceSpan> found = source.spansOf(frontier);
            spans.addAll(found);
            if (hop == hops) {
                break;
            }
            Set<String> next = new LinkedHashSet<>();
            for (TraceSpan span : found) {
                for (SpanLink link : span.links()) {
                    if (follows(span, link)) {
                        next.add(link.traceId());
                    }
                }
            }
            next.addAll(source.tracesLinkingTo(frontier));
            next.removeAll(seen);
            List<String> room =
                    next.stream().limit(Math.max(0, maxTraces - seen.size())).toList();
            seen.addAll(room);
            frontier = new LinkedHashSet<>(room);
        }
        return spans;
    }

    /** A link is followed unless it (or its span) names another business action. */
    private boolean follows(TraceSpan span, SpanLink link) {
        if (correlationId.isEmpty()) {
            return true;
        }
        String linked = correlation.find(link.attributes(), Map.of());
        if (!linked.isEmpty()) {
            return linked.equals(correlationId);
        }
        return span.correlationId().isEmpty() || span.correlationId().equals(correlationId);
    }
}
