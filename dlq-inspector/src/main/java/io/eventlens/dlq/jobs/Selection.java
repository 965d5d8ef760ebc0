package io.eventlens.dlq.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which records of a queue a replay takes: the listed record ids, or else every record the filter
 * passes (an error group is the filter {@code errorGroup}; no filter at all is the whole queue).
 *
 * @param ids record ids ({@code <partition>-<offset>} or Redis entry ids); empty means "by filter"
 * @param filter filter parameters as {@link io.eventlens.dlq.browse.MessageFilter#parse} reads them
 */
public record Selection(List<String> ids, Map<String, String> filter) {

    public Selection {
        ids = ids == null ? List.of() : List.copyOf(ids);
        filter = filter == null ? Map.of() : new TreeMap<>(filter);
    }

    public static Selection of(List<String> ids) {
        return new Selection(ids, Map.of());
    }

    public static Selection matching(Map<String, String> filter) {
        return new Selection(List.of(), filter);
    }

    /** For people and the audit: "3 record(s): 0-1, 0-2, 0-5" or "filter {errorGroup=…}" or "all records". */
    public String describe() {
        if (!ids.isEmpty()) {
            List<String> shown = ids.subList(0, Math.min(ids.size(), 20));
            return ids.size() + " record(s): " + String.join(", ", shown) + (ids.size() > 20 ? ", …" : "");
        }
        return filter.isEmpty() ? "all records" : "records matching " + filter;
    }
}
