package io.eventlens.flow.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A search by any attribute: attributes are not indexed one by one (that would multiply the rows
 * written at intake), so the newest spans whose JSON detail contains {@code "name":"value"} are
 * scanned, then checked exactly. Cost is bounded by the store's retention, not by an index.
 */
final class AttributeScan {

    private final SpanStore store;

    AttributeScan(SpanStore store) {
        this.store = store;
    }

    List<String> find(TraceQuery.ByAttribute query, int limit) {
        String pattern =
                "%" + likeEscape(AttributeText.quote(query.name()) + ":" + AttributeText.quote(query.value())) + "%";
        List<TraceSpan> candidates = store.select(
                "SELECT " + SpanRows.COLUMNS + " FROM trace_span WHERE detail LIKE ? ESCAPE '\\'"
                        + " ORDER BY received_at DESC LIMIT ?",
                List.of(pattern, limit * 20),
                SpanRows::read);
        Set<String> traces = new LinkedHashSet<>();
        for (TraceSpan span : candidates) {
            if (query.value().equals(span.attributes().get(query.name()))
                    || query.value().equals(span.resource().get(query.name()))) {
                traces.add(span.traceId());
            }
            if (traces.size() == limit) {
                break;
            }
        }
        return new ArrayList<>(traces);
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
