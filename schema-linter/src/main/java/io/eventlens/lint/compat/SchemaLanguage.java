package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The language the compared schemas are written in. Each has its own comparison, and both report through the
 * same {@link ChangeKind}s, verdicts and modes.
 */
public enum SchemaLanguage {
    /** JSON Schema draft-04 to 2020-12 (and AsyncAPI Schema, its draft-07 superset). */
    JSON_SCHEMA,
    /**
     * Apache Avro schemas ({@code .avsc}, schemaFormat {@code application/vnd.apache.avro}), compared by Avro's
     * schema resolution rules; the policy does not apply (an Avro record is never open).
     */
    AVRO;

    /**
     * The language a schema tree is written in when nothing else says: Avro for what no JSON Schema can be (a
     * record, enum, fixed or map declaration, an array whose items is a type name, a union array, a type name
     * string), JSON Schema otherwise.
     */
    public static SchemaLanguage of(JsonNode tree) {
        if (tree == null) {
            return JSON_SCHEMA;
        }
        if (tree.isArray() || tree.isTextual()) {
            return AVRO;
        }
        String type = tree.path("type").asText("");
        boolean avroOnly = type.equals("record")
                || type.equals("enum")
                || type.equals("fixed")
                || type.equals("map")
                || type.equals("array") && tree.path("items").isTextual();
        return tree.isObject() && avroOnly ? AVRO : JSON_SCHEMA;
    }
}
