package io.eventlens.lint.schema;

/** Versions of one schema written in different languages (JSON Schema and Avro): they are not compared. */
public final class MixedSchemaLanguagesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MixedSchemaLanguagesException(String message) {
        super(message);
    }
}
