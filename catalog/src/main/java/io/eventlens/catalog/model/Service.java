package io.eventlens.catalog.model;

import java.util.List;
import java.util.Objects;

/** The application a document describes (its {@code info}). {@code owner} may be null. */
public record Service(
        String id, String title, String version, String description, Owner owner, List<String> tags, String document) {

    public Service {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags);
    }
}
