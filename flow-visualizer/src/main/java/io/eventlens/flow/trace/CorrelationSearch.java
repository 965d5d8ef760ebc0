package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds business actions: the traces matching a search, grouped by the correlation id their spans
 * carry, each widened by the span links followed in both directions (a batch consumer's trace that
 * links to the producers' spans belongs to their action, and theirs to it). No service is needed.
 *
 * <p>Within an action, spans that carry a different correlation id are left out, and links whose
 * attributes name a different correlation id are not followed, so a batch that served many orders
 * does not pull them all into one action.
 */
public final class CorrelationSearch {

    /** How far links are followed and how many traces one action may gather. */
    static final int MAX_HOPS = 4;

    static final int MAX_TRACES_PER_ACTION = 100;

    private final TraceSource source;
    private final CorrelationAttributes correlation;

    public CorrelationSearch(TraceSource source, CorrelationAttributes correlation) {
        this.source = requireNonNull(source, "source");
        this.correlation = requireNonNull(correlation, "correlation");
    }

    public TraceSource source() {
        return source;
    }

    /** At most {@code limit} actions, most recent first. */
    public List<BusinessAction> search(TraceQuery query, int limit) {
        if (query instanceof TraceQuery.ByCorrelation byCorrelation) {
            List<String> traces = source.findTraces(query, MAX_TRACES_PER_ACTION);
            return traces.isEmpty() ? List.of() : List.of(action(byCorrelation.correlationId(), traces));
        }
        List<String> seeds = source.findTraces(query, limit);
        Set<String> correlationIds = new LinkedHashSet<>();
        Set<String> uncorrelated = new LinkedHashSet<>(seeds);
        for (TraceSpan span : source.spansOf(seeds)) {
            if (!span.correlationId().isEmpty()) {
                correlationIds.add(span.correlationId());
                uncorrelated.remove(span.traceId());
            }
        }
        List<BusinessAction> actions = new ArrayList<>();
        for (String id : correlationIds) {
            if (actions.size() == limit) {
                break;
            }
            List<String> traces = new ArrayList<>(seeds);
            traces.addAll(source.findTraces(new TraceQuery.ByCorrelation(id), MAX_TRACES_PER_ACTION));
            actions.add(action(id, traces));
        }
        if (!uncorrelated.isEmpty() && actions.size() < limit) {
            actions.add(action("", List.copyOf(uncorrelated)));
        }
        actions.sort(Comparator.comparingLong(BusinessAction::startEpochNanos).reversed());
        return actions;
    }

    private BusinessAction action(String correlationId, List<String> seedTraces) {
        LinkGraph graph = new LinkGraph(source, correlationId, correlation);
        List<TraceSpan> spans = graph.expand(seedTraces, MAX_HOPS, MAX_TRACES_PER_ACTION);
        List<TraceSpan> kept = spans.stream()
                .filter(span -> correlationId.isEmpty()
                        || span.correlationId().isEmpty()
                        || span.correlationId().equals(correlationId))
                .sorted(Comparator.comparingLong(TraceSpan::startEpochNanos))
                .toList();
        Set<String> traceIds = new LinkedHashSet<>();
        Set<String> services = new LinkedHashSet<>();
        for (TraceSpan span : kept) {
            traceIds.add(span.traceId());
            services.add(span.service());
        }
        return new BusinessAction(correlationId, List.copyOf(traceIds), List.copyOf(services), kept);
    }
}
