package io.eventlens.lint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.Position;
import io.eventlens.catalog.load.UnreadableTextException;
import io.eventlens.lint.compat.SchemaLanguage;
import io.eventlens.lint.schema.SchemaText;
import java.nio.file.Path;

/** A JSON Schema, Avro schema or AsyncAPI file given to the CLI, read by {@link SchemaText}. */
record SchemaFile(SchemaText text) {

    /** Reads {@code path}; a file that is missing, not UTF-8 or not JSON/YAML is an {@link InputError} naming it. */
    static SchemaFile read(Path path) {
        try {
            return new SchemaFile(SchemaText.readFile(path, CliLimits.limits()));
        } catch (UnreadableTextException e) {
            throw new InputError(e.getMessage());
        }
    }

    String name() {
        return text.name();
    }

    JsonNode tree() {
        return text.tree();
    }

    /** The position of the value at {@code pointer}, or of its nearest ancestor; {@code {0, 0}} when unknown. */
    int[] locate(String pointer) {
        Position at = text.text().position(pointer);
        return new int[] {at.line(), at.column()};
    }

    boolean asyncApi() {
        return tree().isObject() && tree().has("asyncapi");
    }

    /** Whether the file is an Avro schema: named {@code .avsc}, or a tree no JSON Schema can be. */
    boolean avro() {
        return text.language() == SchemaLanguage.AVRO;
    }
}
