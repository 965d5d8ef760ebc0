package io.eventlens.flow.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searches a Jaeger (v2, or v1 from 1.25) through its api_v3 HTTP query API on port 16686: {@code
 * GET /api/v3/traces?query.attributes=...} for a search and {@code GET /api/v3/traces/{id}} for a
 * trace, both answering OTLP JSON under {@code result}. Jaeger has no query for spans that link to a
 * trace, so links are followed forwards only. A search without a service works on the backends
 * that allow it (Elasticsearch, OpenSearch, ClickHouse, memory; Jaeger RFC 0013).
 */
public final class JaegerTraceSource implements TraceSource {

    private final QueryHttp http;
    private final OtlpDecoder decoder;
    private final Clock clock;
    private final Duration lookback;
    private final CorrelationAttributes correlation;

    /** @param lookback how far back a search reaches (api_v3 requires a time range) */
    public JaegerTraceSource(URI queryUrl, CorrelationAttributes correlation, Clock clock, Duration lookback) {
        this.http = new QueryHttp("Jaeger", queryUrl);
        this.decoder = new OtlpDecoder(IntakeLimits.DEFAULT, correlation);
        this.clock = clock;
        this.lookback = lookback;
        this.correlation = correlation;
    }

    @Override
    public String name() {
        return "jaeger " + http.base();
    }

    @Override
    public List<String> findTraces(TraceQuery query, int limit) {
        if (query instanceof TraceQuery.ByTraceId byId) {
            return spansOf(List.of(byId.traceId())).isEmpty() ? List.of() : List.of(byId.traceId());
        }
        Set<String> traces = new LinkedHashSet<>();
        for (Map.Entry<String, String> attribute : SearchAttributes.of(query, correlation)) {
            for (TraceSpan span : decode(http.get("/api/v3/traces", parameters(attribute, limit)))) {
                traces.add(span.traceId());
            }
            if (!traces.isEmpty()) {
                break; // api_v3 ANDs attributes, so each correlation attribute name is its own query
            }
        }
        return new ArrayList<>(traces).subList(0, Math.min(limit, traces.size()));
    }

    private Map<String, String> parameters(Map.Entry<String, String> attribute, int limit) {
        Instant now = clock.instant();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(
                "query.attributes",
                "{" + AttributeText.quote(attribute.getKey()) + ":" + AttributeText.quote(attribute.getValue()) + "}");
        parameters.put("query.startTimeMin", now.minus(lookback).toString());
        parameters.put("query.startTimeMax", now.toString());
        parameters.put("query.searchDepth", Integer.toString(limit));
        return parameters;
    }

    @Override
    public List<TraceSpan> spansOf(Collection<String> traceIds) {
        List<TraceSpan> spans = new ArrayList<>();
        for (String traceId : new LinkedHashSet<>(traceIds)) {
            spans.addAll(decode(http.get("/api/v3/traces/" + traceId, Map.of())));
        }
        return spans;
    }

    @Override
    public Set<String> tracesLinkingTo(Collection<String> traceIds) {
        return Set.of();
    }

    private List<TraceSpan> decode(JsonNode answer) {
        return answer == null
                ? List.of()
                : decoder.decodeQueryAnswer(answer.path("result")).spans();
    }
}
