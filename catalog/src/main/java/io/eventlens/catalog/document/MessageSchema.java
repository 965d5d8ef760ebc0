package io.eventlens.catalog.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The schema of a message's {@code payload} or {@code headers} and the format it is written in. In 3.0 the part may
 * be a Multi Format Schema Object {@code {schemaFormat, schema}}: then the format is the wrapper's and the schema is
 * its {@code schema}. Otherwise the format is the message's {@code schemaFormat} (2.x), or {@code ""} when none is
 * written (the document's default: AsyncAPI's JSON Schema dialect).
 *
 * @param format the declared schema format, {@code ""} when none is written
 * @param schema the schema itself and where it is, references followed
 */
public record MessageSchema(String format, Located schema) {

    private static final String AVRO = "application/vnd.apache.avro";
    private static final List<String> JSON_SCHEMA =
            List.of("application/vnd.aai.asyncapi", "application/schema+json", "application/schema+yaml");

    /** The {@code part} ({@code payload} or {@code headers}) of {@code message}; null when it has none. */
    public static MessageSchema of(JsonNode document, Located message, String part) {
        Located schema = message.child(document, part);
        if (schema == null) {
            return null;
        }
        if (isWrapper(schema.node())) {
            Located inner = schema.child(document, "schema");
            return inner == null ? null : new MessageSchema(schema.text("schemaFormat"), inner);
        }
        return new MessageSchema(message.text("schemaFormat"), schema);
    }

    /** Whether {@code node} is a 3.0 Multi Format Schema Object ({@code schemaFormat} and {@code schema}). */
    public static boolean isWrapper(JsonNode node) {
        return node != null && node.isObject() && node.path("schemaFormat").isTextual() && node.has("schema");
    }

    /**
     * The schema a payload or headers value stands for: a wrapper (written in place or behind a local {@code $ref})
     * gives its {@code schema}; anything else is itself.
     */
    public static JsonNode unwrap(JsonNode document, JsonNode schema) {
        JsonNode target = schema == null ? null : LocalPointers.follow(document, schema, 0);
        return isWrapper(target) ? target.get("schema") : schema;
    }

    /** Whether the format names Apache Avro ({@code application/vnd.apache.avro...}). */
    public boolean avro() {
        return format.startsWith(AVRO);
    }

    /** Whether the format names JSON Schema: none written, AsyncAPI's dialect, or a JSON Schema media type. */
    public boolean jsonSchema() {
        return jsonSchema(format);
    }

    /** Whether {@code format} names JSON Schema: empty (none written), AsyncAPI's dialect, or a JSON Schema type. */
    public static boolean jsonSchema(String format) {
        return format.isEmpty() || JSON_SCHEMA.stream().anyMatch(format::startsWith);
    }
}
