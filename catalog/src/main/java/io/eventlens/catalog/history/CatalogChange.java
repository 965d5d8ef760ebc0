package io.eventlens.catalog.history;

import java.util.Objects;

/** One difference between two snapshots: which element (by kind and id) was added, removed or changed. */
public record CatalogChange(Element element, String id, Change change) {

    /** The level at which snapshots are compared (deep schema comparison is the linter's job). */
    public enum Element {
        SERVICE,
        SHARED_DEFINITIONS,
        CHANNEL,
        OPERATION,
        MESSAGE
    }

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    public CatalogChange {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
    }
}
