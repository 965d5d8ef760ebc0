package io.eventlens.catalog.load;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A document that loaded: its name, the {@code asyncapi} version it declares, the model family it
 * was bound with, the bundled tree (self-contained; only local {@code $ref}s remain), the
 * asyncapi-core object ({@code com.asyncapi.v2._6_0.model.AsyncAPI} or
 * {@code com.asyncapi.v3._0_0.model.AsyncAPI}) and every file it was built from.
 */
public record LoadedDocument(String name, String version, SpecVersion spec, JsonNode tree, Object model,
                             List<String> files) {

    public LoadedDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(model, "model");
        files = List.copyOf(files);
    }
}
