package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.JsonPointers;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;

/** Small helpers over Jackson trees used across the diff. */
final class Json {

    static final JsonNode TRUE = BooleanNode.TRUE;

    /** Keywords that describe but never reject a value. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "$schema",
            "$id",
            "id",
            "$anchor",
            "$comment",
            "contentSchema",
            "title",
            "description",
            "default",
            "examples",
            "example",
            "deprecated",
            "readOnly",
            "writeOnly",
            "$defs",
            "definitions",
            "$vocabulary",
            "$dynamicAnchor",
            "$recursiveAnchor");

    private Json() {}

    static boolean isFalse(JsonNode schema) {
        return schema != null && schema.isBoolean() && !schema.booleanValue();
    }

    /** {@code true}, {@code {}} or an object with annotations only: accepts every value. */
    static boolean isTrue(JsonNode schema) {
        if (schema == null || (schema.isBoolean() && schema.booleanValue())) {
            return true;
        }
        return schema.isObject() && !hasAssertionsBeside((ObjectNode) schema, "");
    }

    /** Whether the keyword describes but never rejects a value. */
    static boolean isAnnotation(String keyword) {
        return ANNOTATIONS.contains(keyword);
    }

    static boolean hasAssertionsBeside(ObjectNode schema, String ignored) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!name.equals(ignored) && !ANNOTATIONS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** A numeric keyword's value, null when absent; anything but a number is an error naming it. */
    static BigDecimal number(JsonNode schema, String keyword, String pointer) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongShape(keyword, pointer, "a number", value);
        }
        return value.decimalValue();
    }

    static SchemaComparisonException wrongShape(String keyword, String pointer, String allowed, JsonNode value) {
        String at = child(pointer, keyword);
        return new SchemaComparisonException(
                "'" + keyword + "' at '" + at + "' must be " + allowed + ", was " + abbreviate(value), at);
    }

    static String text(JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A JSON Pointer one step below {@code pointer}, escaping '~' and '/'. */
    static String child(String pointer, String token) {
        return JsonPointers.child(pointer, token);
    }

    static String child(String pointer, String keyword, String token) {
        return child(child(pointer, keyword), token);
    }

    static String abbreviate(JsonNode value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
