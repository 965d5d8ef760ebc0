package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.Located;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.lint.payload.AvroJsonSchema;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top-level properties a message payload declares, gathered through local {@code $ref}s and
 * {@code allOf} branches (each property with every schema given for it). Cycle-safe. An Avro payload counts by
 * its JSON Schema reading (its record's fields as properties).
 */
final class PayloadFields {

    private PayloadFields() {}

    /**
     * A message's payload schema as JSON Schema: as written, or read from Avro ({@link AvroJsonSchema}), then
     * {@code standalone} (its references point into itself, not into the document). {@code problem} says why an
     * Avro payload could not be read (then {@code schema} is null).
     */
    record Payload(JsonNode schema, boolean standalone, String problem) {}

    /** The payload of a message, or null when it has none or is in a language other than JSON Schema and Avro. */
    static Payload payload(LintDocument document, Node message) {
        MessageSchema payload =
                MessageSchema.of(document.tree(), new Located(message.value(), message.pointer()), "payload");
        if (payload == null) {
            return null;
        }
        JsonNode schema = payload.schema().node();
        if (payload.avro()) {
            try {
                return new Payload(AvroJsonSchema.of(schema), true, null);
            } catch (IllegalArgumentException e) {
                return new Payload(null, true, "the payload is " + e.getMessage());
            }
        }
        return payload.jsonSchema() && schema.isObject() ? new Payload(schema, false, null) : null;
    }

    /**
     * The payload schema of a message, or null when it has none, it is not a JSON Schema object, or its Avro is
     * broken.
     */
    static JsonNode payloadOf(LintDocument document, Node message) {
        Payload payload = payload(document, message);
        return payload == null ? null : payload.schema();
    }

    static Map<String, List<JsonNode>> of(JsonNode root, JsonNode schema) {
        Map<String, List<JsonNode>> fields = new LinkedHashMap<>();
        collect(root, schema, fields, new IdentityHashMap<>());
        return fields;
    }

    private static void collect(
            JsonNode root, JsonNode schema, Map<String, List<JsonNode>> fields, Map<JsonNode, Boolean> seen) {
        Node resolved = schema == null ? null : Node.at(root, "", schema, "");
        if (resolved == null || !resolved.value().isObject() || seen.put(resolved.value(), Boolean.TRUE) != null) {
            return;
        }
        JsonNode node = resolved.value();
        node.path("properties").fields().forEachRemaining(e -> {
            Node property = Node.at(root, e.getKey(), e.getValue(), "");
            fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                    .add(property == null ? e.getValue() : property.value());
        });
        node.path("allOf").forEach(branch -> collect(root, branch, fields, seen));
    }

    /** Whether a field name is an identifier ({@code id}, {@code order_id}, {@code orderId}). */
    static boolean isId(String name) {
        return name.equalsIgnoreCase("id") || name.endsWith("_id") || name.endsWith("Id") || name.endsWith("ID");
    }
}
