package io.eventlens.catalog.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which keywords of a JSON Schema (draft-04 to 2020-12, and AsyncAPI's Schema Object) hold subschemas, and in what
 * shape. Walkers of schemas ask here rather than keeping their own lists.
 */
public final class SubschemaKeywords {

    /** How a keyword's value holds subschemas. */
    public enum Kind {
        /** The value is one subschema ({@code not}, {@code items} as an object, ...). */
        SCHEMA,
        /** An object whose members are subschemas applied in place ({@code properties}, ...). */
        MAP,
        /** An array of subschemas ({@code allOf}, {@code prefixItems}, draft-07 {@code items} as an array). */
        LIST,
        /** An object of subschemas kept for reference only: {@code $defs} and {@code definitions}. */
        DEFINITIONS,
        /** Not a subschema keyword, or a value of the wrong shape for it. */
        NONE
    }

    private static final Set<String> SCHEMA = Set.of(
            "additionalProperties",
            "unevaluatedProperties",
            "additionalItems",
            "unevaluatedItems",
            "items",
            "contains",
            "propertyNames",
            "not",
            "if",
            "then",
            "else");
    /** {@code dependencies} (draft-07) also holds arrays of names: those members are not schemas. */
    private static final Set<String> MAP =
            Set.of("properties", "patternProperties", "dependentSchemas", "dependencies");

    private static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
    private static final Set<String> DEFINITIONS = Set.of("$defs", "definitions");

    private SubschemaKeywords() {}

    /** How {@code value}, written under {@code keyword}, holds subschemas. */
    public static Kind kind(String keyword, JsonNode value) {
        if (value.isArray()) {
            return LIST.contains(keyword) ? Kind.LIST : Kind.NONE;
        }
        if (SCHEMA.contains(keyword) && (value.isObject() || value.isBoolean())) {
            return Kind.SCHEMA;
        }
        if (value.isObject()) {
            return MAP.contains(keyword) ? Kind.MAP : DEFINITIONS.contains(keyword) ? Kind.DEFINITIONS : Kind.NONE;
        }
        return Kind.NONE;
    }

    /**
     * Each direct subschema of {@code schema} that is an object or a boolean, with its pointer relative to the schema
     * ({@code /properties/name}); {@code $defs}/{@code definitions} only when {@code withDefinitions}.
     */
    public static void forEach(JsonNode schema, boolean withDefinitions, BiConsumer<String, JsonNode> each) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = JsonPointers.child("", field.getKey());
            JsonNode value = field.getValue();
            switch (kind(field.getKey(), value)) {
                case SCHEMA -> each.accept(at, value);
                case LIST -> {
                    for (int i = 0; i < value.size(); i++) {
                        schemaOnly(JsonPointers.child(at, i), value.get(i), each);
                    }
                }
                case MAP -> value.fields().forEachRemaining(e -> schemaOnly(at, e, each));
                case DEFINITIONS -> {
                    if (withDefinitions) {
                        value.fields().forEachRemaining(e -> schemaOnly(at, e, each));
                    }
                }
                case NONE -> {}
            }
        }
    }

    private static void schemaOnly(String at, Map.Entry<String, JsonNode> member, BiConsumer<String, JsonNode> each) {
        schemaOnly(JsonPointers.child(at, member.getKey()), member.getValue(), each);
    }

    private static void schemaOnly(String at, JsonNode value, BiConsumer<String, JsonNode> each) {
        if (value.isObject() || value.isBoolean()) {
            each.accept(at, value);
        }
    }
}
