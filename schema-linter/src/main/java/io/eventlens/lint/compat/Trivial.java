package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/** Schemas that, looked at without following references, accept every value or none. */
final class Trivial {

    private Trivial() {}

    /** Whether a schema, looked at without following references, accepts nothing. */
    static boolean acceptsNone(JsonNode schema) {
        if (Json.isFalse(schema)) {
            return true;
        }
        if (!schema.isObject()) {
            return false;
        }
        JsonNode not = schema.get("not");
        if (not != null && acceptsAll(not)) {
            return true;
        }
        JsonNode values = schema.get("enum");
        if (values != null && values.isArray() && values.isEmpty()) {
            return true;
        }
        for (String keyword : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode alternatives = schema.get(keyword);
            if (alternatives != null
                    && alternatives.isArray()
                    && alternatives.size() == 1
                    && acceptsNone(alternatives.get(0))) {
                return true;
            }
        }
        JsonNode alternatives = schema.get("anyOf");
        return alternatives != null && alternatives.isArray() && !alternatives.isEmpty() && allFalse(alternatives);
    }

    /**
     * Whether a schema, looked at without following references, accepts every value: annotations only, limits that
     * limit nothing, and wrappers of such schemas.
     */
    static boolean acceptsAll(JsonNode schema) {
        if (Json.isTrue(schema)) {
            return true;
        }
        if (!schema.isObject()) {
            return false;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!neutral(keyword, schema.get(keyword))) {
                return false;
            }
        }
        return true;
    }

    private static boolean neutral(String keyword, JsonNode value) {
        if (Json.isAnnotation(keyword)) {
            return true;
        }
        return switch (keyword) {
            case "minLength", "minItems", "minProperties" ->
                value.isNumber() && value.decimalValue().signum() == 0;
            case "required" -> value.isArray() && value.isEmpty();
            case "uniqueItems" -> Json.isFalse(value);
            case "additionalProperties",
                    "additionalItems",
                    "unevaluatedProperties",
                    "unevaluatedItems",
                    "items",
                    "propertyNames" -> acceptsAll(value);
            case "allOf" -> value.isArray() && allTrue(value);
            case "anyOf" -> value.isArray() && anyTrue(value);
            case "oneOf" -> value.isArray() && value.size() == 1 && acceptsAll(value.get(0));
            case "not" -> acceptsNone(value);
            default -> false;
        };
    }

    private static boolean allTrue(JsonNode schemas) {
        for (JsonNode schema : schemas) {
            if (!acceptsAll(schema)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyTrue(JsonNode schemas) {
        for (JsonNode schema : schemas) {
            if (acceptsAll(schema)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allFalse(JsonNode alternatives) {
        for (JsonNode alternative : alternatives) {
            if (!acceptsNone(alternative)) {
                return false;
            }
        }
        return true;
    }
}
