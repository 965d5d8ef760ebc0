package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A document that loaded: its name, the {@code asyncapi} version it declares, the model family it
 * was bound with, the bundled tree (self-contained; only local {@code $ref}s remain), the
 * asyncapi-core object ({@code com.asyncapi.v2._6_0.model.AsyncAPI} or
 * {@code com.asyncapi.v3._0_0.model.AsyncAPI}) and every file it was built from.
 */
public final class LoadedDocument {

    private final SourceFile source;
    private final String version;
    private final SpecVersion spec;
    private final JsonNode tree;
    private final Object model;
    private final List<String> files;

    LoadedDocument(
            SourceFile source, String version, SpecVersion spec, JsonNode tree, Object model, List<String> files) {
        this.source = Objects.requireNonNull(source, "source");
        this.version = Objects.requireNonNull(version, "version");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.tree = Objects.requireNonNull(tree, "tree");
        this.model = Objects.requireNonNull(model, "model");
        this.files = List.copyOf(files);
    }

    public String name() {
        return source.name();
    }

    /** The loaded text, as read. */
    public String text() {
        return source.text();
    }

    public String version() {
        return version;
    }

    public SpecVersion spec() {
        return spec;
    }

    public JsonNode tree() {
        return tree;
    }

    public Object model() {
        return model;
    }

    public List<String> files() {
        return files;
    }

    /**
     * A problem at a JSON Pointer of the bundled tree, placed at that value's line and column in
     * the loaded file (or its nearest ancestor there, for values inlined from other files).
     */
    public LoadProblem problemAt(String pointer, String message, LoadProblem.Severity severity) {
        Position at = source.locate(pointer);
        return new LoadProblem(source.name(), at.line(), at.column(), pointer, message, severity);
    }
}
