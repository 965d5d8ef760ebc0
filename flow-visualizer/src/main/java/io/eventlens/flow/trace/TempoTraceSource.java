package io.eventlens.flow.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Searches a Grafana Tempo through its HTTP API (port 3200): {@code GET /api/search?q=<TraceQL>} for
 * a search (attributes unscoped, {@code { .name = "value" }}, so span and resource attributes match;
 * correlation names ORed in one query), {@code { link:traceID = "..." }} for the traces that link to
 * a trace, and {@code GET /api/traces/<id>} for a trace (OTLP JSON under {@code batches}, ids in
 * base64 or hex).
 */
public final class TempoTraceSource implements TraceSource {

    private final QueryHttp http;
    private final OtlpDecoder decoder;
    private final CorrelationAttributes correlation;
    private final Clock clock;
    private final Duration lookback;

    public TempoTraceSource(URI url, CorrelationAttributes correlation, Clock clock, Duration lookback) {
        this.http = new QueryHttp("Tempo", url);
        this.decoder = new OtlpDecoder(IntakeLimits.DEFAULT, correlation);
        this.correlation = correlation;
        this.clock = clock;
        this.lookback = lookback;
    }

    @Override
    public String name() {
        return "tempo " + http.base();
    }

    @Override
    public List<String> findTraces(TraceQuery query, int limit) {
        if (query instanceof TraceQuery.ByTraceId byId) {
            return spansOf(List.of(byId.traceId())).isEmpty() ? List.of() : List.of(byId.traceId());
        }
        String traceQl = SearchAttributes.of(query, correlation).stream()
                .map(a -> "." + a.getKey() + " = " + AttributeText.quote(a.getValue()))
                .collect(Collectors.joining(" || ", "{ ", " }"));
        return search(traceQl, limit);
    }

    @Override
    public Set<String> tracesLinkingTo(Collection<String> traceIds) {
        Set<String> linking = new LinkedHashSet<>();
        for (String traceId : new LinkedHashSet<>(traceIds)) {
            linking.addAll(search("{ link:traceID = \"" + traceId + "\" }", 20));
        }
        return linking;
    }

    private List<String> search(String traceQl, int limit) {
        long end = clock.instant().getEpochSecond();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", traceQl);
        parameters.put("limit", Integer.toString(limit));
        parameters.put("start", Long.toString(end - lookback.toSeconds()));
        parameters.put("end", Long.toString(end));
        JsonNode answer = http.get("/api/search", parameters);
        List<String> traces = new ArrayList<>();
        if (answer != null) {
            for (JsonNode trace : answer.path("traces")) {
                traces.add(normalise(trace.path("traceID").asText()));
            }
        }
        return traces;
    }

    /** Tempo drops leading zeros of trace ids in search results; OTLP ids are 32 hex digits. */
    private static String normalise(String traceId) {
        return "0".repeat(Math.max(0, 32 - traceId.length())) + traceId;
    }

    @Override
    public List<TraceSpan> spansOf(Collection<String> traceIds) {
        List<TraceSpan> spans = new ArrayList<>();
        for (String traceId : new LinkedHashSet<>(traceIds)) {
            JsonNode answer = http.get("/api/traces/" + traceId, Map.of());
            if (answer != null) {
                spans.addAll(decoder.decodeQueryAnswer(tracesData(answer)).spans());
            }
        }
        return spans;
    }

    /** Tempo's trace: {@code {"batches":[...]}} (v1 API) or {@code {"trace":{"resourceSpans":[...]}}} (v2). */
    private static JsonNode tracesData(JsonNode answer) {
        JsonNode trace = answer.has("trace") ? answer.get("trace") : answer;
        if (trace.has("resourceSpans")) {
            return trace;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("resourceSpans", trace.path("batches"));
        return data;
    }
}
