package io.eventlens.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain substring search; enough for catalogs of hundreds of documents. */
final class CatalogSearch {

    private CatalogSearch() {}

    static List<SearchHit> search(Catalog catalog, String query) {
        String needle = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        if (needle.isEmpty()) {
            return hits;
        }
        for (Service s : catalog.services()) {
            String where = match(needle, "name", s.id(), "title", s.title(), "description", s.description());
            if (where != null) {
                hits.add(new SearchHit(SearchHit.Kind.SERVICE, s.id(), s.document(), where));
            }
        }
        for (Channel c : catalog.channels()) {
            String where = match(needle, "name", c.id(), "address", c.address(), "description", c.description());
            if (where != null) {
                hits.add(new SearchHit(SearchHit.Kind.CHANNEL, c.id(), c.document(), where));
            }
        }
        for (Message m : catalog.messages()) {
            String where = match(
                    needle,
                    "name",
                    m.key(),
                    "title",
                    m.title(),
                    "summary",
                    m.summary(),
                    "description",
                    m.description());
            if (where == null) {
                where = m.payloadFields().stream()
                        .filter(f -> f.toLowerCase(Locale.ROOT).contains(needle))
                        .findFirst()
                        .map(f -> "payload field " + f)
                        .orElse(null);
            }
            if (where != null) {
                hits.add(new SearchHit(SearchHit.Kind.MESSAGE, m.key(), m.document(), where));
            }
        }
        return hits;
    }

    private static String match(String needle, String... labelsAndValues) {
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return labelsAndValues[i];
            }
        }
        return null;
    }
}
