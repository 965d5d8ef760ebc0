package io.eventlens.web.traces;

import io.eventlens.flow.trace.BusinessAction;
import io.eventlens.flow.trace.CorrelationSearch;
import io.eventlens.flow.trace.InvalidTraceQueryException;
import io.eventlens.flow.trace.TraceQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The one path of a trace search, for the page and REST alike: parameters checked, then searched. */
@Service
public class TraceSearch {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final CorrelationSearch search;

    TraceSearch(CorrelationSearch search) {
        this.search = search;
    }

    /** A search as given: exactly one of its parameters set, and a limit. */
    public record Request(String parameter, String value, int limit) {

        /** @throws InvalidTraceQueryException when none or several are given, or the limit is not 1..100 */
        public static Request of(String correlation, String traceId, String key, String attr, String limit) {
            Map<String, String> given = new LinkedHashMap<>();
            putIfGiven(given, "correlation", correlation);
            putIfGiven(given, "traceId", traceId);
            putIfGiven(given, "key", key);
            putIfGiven(given, "attr", attr);
            if (given.size() != 1) {
                throw new InvalidTraceQueryException("give exactly one of correlation, traceId, key, attr; got "
                        + (given.isEmpty() ? "none" : new ArrayList<>(given.keySet())));
            }
            Map.Entry<String, String> only = given.entrySet().iterator().next();
            return new Request(only.getKey(), only.getValue(), limit(limit));
        }

        private static void putIfGiven(Map<String, String> given, String name, String value) {
            if (value != null) {
                given.put(name, value);
            }
        }

        private static int limit(String text) {
            if (text == null || text.isBlank()) {
                return DEFAULT_LIMIT;
            }
            try {
                int limit = Integer.parseInt(text.strip());
                if (limit >= 1 && limit <= MAX_LIMIT) {
                    return limit;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidTraceQueryException("limit '" + text + "' is not a whole number from 1 to " + MAX_LIMIT);
        }
    }

    public List<BusinessAction> search(Request request) {
        TraceQuery query = TraceQuery.parse(request.parameter(), request.value());
        return search.search(query, request.limit());
    }

    public String sourceName() {
        return search.source().name();
    }
}
