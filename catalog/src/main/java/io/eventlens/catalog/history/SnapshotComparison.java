package io.eventlens.catalog.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.model.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two snapshots at the level of services (or shared definitions, for a document with no channels and
 * no operations), channels, operations and messages: an element is changed when any of its fields differ (a
 * message's payload schema included, as a whole).
 */
public final class SnapshotComparison {

    private SnapshotComparison() {}

    /** What changed from {@code older} to {@code newer}, services first, then channels, operations, messages. */
    public static List<CatalogChange> compare(Snapshot older, Snapshot newer) {
        Catalog before = catalogOf(older);
        Catalog after = catalogOf(newer);
        List<CatalogChange> changes = new ArrayList<>();
        diff(CatalogChange.Element.SERVICE, before.applications(), after.applications(), s -> s.id(), changes);
        diff(
                CatalogChange.Element.SHARED_DEFINITIONS,
                before.sharedDefinitions().stream().map(d -> d.info()).toList(),
                after.sharedDefinitions().stream().map(d -> d.info()).toList(),
                s -> s.id(),
                changes);
        diff(CatalogChange.Element.CHANNEL, before.channels(), after.channels(), c -> c.id(), changes);
        diff(CatalogChange.Element.OPERATION, before.operations(), after.operations(), o -> o.id(), changes);
        diff(CatalogChange.Element.MESSAGE, before.messages(), after.messages(), m -> m.key(), changes);
        return changes;
    }

    /** The catalog of one stored snapshot. */
    public static Catalog catalogOf(Snapshot snapshot) {
        return Catalog.ofTree(snapshot.source(), snapshot.asyncapiVersion(), CanonicalJson.read(snapshot.content()));
    }

    private static <T> void diff(
            CatalogChange.Element element,
            List<T> before,
            List<T> after,
            Function<T, String> id,
            List<CatalogChange> changes) {
        Map<String, JsonNode> old = index(before, id);
        Map<String, JsonNode> now = index(after, id);
        Set<String> ids = new LinkedHashSet<>(old.keySet());
        ids.addAll(now.keySet());
        for (String key : ids) {
            if (!now.containsKey(key)) {
                changes.add(new CatalogChange(element, key, CatalogChange.Change.REMOVED));
            } else if (!old.containsKey(key)) {
                changes.add(new CatalogChange(element, key, CatalogChange.Change.ADDED));
            } else if (!old.get(key).equals(now.get(key))) {
                changes.add(new CatalogChange(element, key, CatalogChange.Change.CHANGED));
            }
        }
    }

    private static <T> Map<String, JsonNode> index(List<T> elements, Function<T, String> id) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (T element : elements) {
            byId.put(id.apply(element), CanonicalJson.MAPPER.valueToTree(element));
        }
        return byId;
    }
}
