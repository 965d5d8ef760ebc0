package io.eventlens.flow.trace;

import java.util.List;
import java.util.Map;

/** A search as attribute name/value pairs for backends that search by attribute (any one may match). */
final class SearchAttributes {

    private SearchAttributes() {}

    static List<Map.Entry<String, String>> of(TraceQuery query, CorrelationAttributes correlation) {
        if (query instanceof TraceQuery.ByCorrelation c) {
            return correlation.names().stream()
                    .map(name -> Map.entry(name, c.correlationId()))
                    .toList();
        }
        if (query instanceof TraceQuery.ByKey k) {
            return MessageAttributes.KEY.stream()
                    .map(name -> Map.entry(name, k.key()))
                    .toList();
        }
        if (query instanceof TraceQuery.ByAttribute a) {
            return List.of(Map.entry(a.name(), a.value()));
        }
        return List.of();
    }
}
