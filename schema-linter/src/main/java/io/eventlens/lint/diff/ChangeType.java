package io.eventlens.lint.diff;

import java.util.Locale;

/** What changed between two AsyncAPI documents, and whether it breaks the other side by default. */
public enum ChangeType {
    CHANNEL_ADDED(false),
    CHANNEL_REMOVED(true),
    CHANNEL_RENAMED(true),
    OPERATION_ADDED(false),
    OPERATION_REMOVED(true),
    OPERATION_RENAMED(false),
    MESSAGE_ADDED(false),
    MESSAGE_REMOVED(true),
    MESSAGE_RENAMED(true),
    MESSAGE_CONTENT_TYPE_CHANGED(true),
    BINDING_ADDED(false),
    BINDING_REMOVED(true),
    BINDING_TOPIC_CHANGED(true),
    BINDING_KEY_CHANGED(true),
    PAYLOAD_CHANGED(false),
    PAYLOAD_BREAKING(true),
    HEADERS_CHANGED(false),
    HEADERS_BREAKING(true),
    /** The schemas could not be compared (a hostile or broken schema): an input error, exit 2. */
    SCHEMA_NOT_COMPARABLE(true),
    SERVER_ADDED(false),
    SERVER_REMOVED(true),
    SERVER_CHANGED(true),
    INFO_VERSION_CHANGED(false),
    /**
     * A payload or headers schema moved to another schema language (Avro to JSON Schema): every payload is encoded
     * and validated another way, so it breaks backward (new readers, old data) and forward (old readers, new data).
     * The schemas themselves are not compared. Sentence: the schema language of the {part} of message {name}
     * changed from {old} to {new}: ...
     */
    SCHEMA_LANGUAGE_CHANGED(true),
    /**
     * The schema format names the same language and version in another notation ({@code application/schema+json}
     * to {@code +yaml}, or AsyncAPI Schema, the JSON Schema draft-07 superset, to JSON Schema draft-07): no payload
     * changes, compatible both ways; reported so the edit is seen. The schemas are compared as usual.
     */
    SCHEMA_FORMAT_NOTATION_CHANGED(false),
    /**
     * The same language in another version (JSON Schema draft-07 to 2020-12, Avro 1.9.0 to 1.10.0): not breaking
     * by itself, both ways. JSON Schemas are compared with each side read under its own draft, so a difference that
     * matters is reported as its own change; schemas in a language the engine does not read must be unchanged, or
     * they are {@link #SCHEMA_NOT_COMPARABLE}.
     */
    SCHEMA_LANGUAGE_VERSION_CHANGED(false);

    private final boolean breaking;

    ChangeType(boolean breaking) {
        this.breaking = breaking;
    }

    public boolean breaking() {
        return breaking;
    }

    /** The rule id in reports, e.g. {@code channel-removed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
