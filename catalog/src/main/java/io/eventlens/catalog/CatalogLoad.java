package io.eventlens.catalog;

import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.model.Catalog;
import java.util.List;
import java.util.Objects;

/** The result of loading files or folders: the catalog of what loaded and each document's outcome. */
public record CatalogLoad(Catalog catalog, List<DocumentLoad> documents) {

    public CatalogLoad {
        Objects.requireNonNull(catalog, "catalog");
        documents = List.copyOf(documents);
    }

    /** Every problem of every document, warnings included, in load order. */
    public List<LoadProblem> problems() {
        return documents.stream().flatMap(d -> d.problems().stream()).toList();
    }

    /** The documents that did not load. */
    public List<DocumentLoad> failed() {
        return documents.stream().filter(d -> !d.loaded()).toList();
    }
}
