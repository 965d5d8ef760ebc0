package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether no value can match two alternatives of a {@code oneOf}, so that it means what the {@code anyOf} of the same
 * alternatives means. Told apart by their types, their allowed values, or a property both require whose allowed
 * values differ (a discriminator); anything else counts as overlapping.
 */
final class Disjoint {

    private static final int MAX_ALTERNATIVES = 32;

    private Disjoint() {}

    static boolean pairwise(
            ObjectNode schema, String keyword, SchemaDocument side, AllOfMerger merger, String pointer) {
        JsonNode alternatives = schema.get(keyword);
        if (alternatives == null || !alternatives.isArray() || alternatives.size() > MAX_ALTERNATIVES) {
            return false;
        }
        ObjectNode base = JsonNodeFactory.instance.objectNode().setAll(schema);
        base.remove(keyword);
        List<JsonNode> cases = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            String at = Json.child(pointer, keyword, Integer.toString(i));
            cases.add(merger.both(base, alternatives.get(i), side, at));
        }
        for (int i = 0; i < cases.size(); i++) {
            for (int j = i + 1; j < cases.size(); j++) {
                if (!apart(cases.get(i), cases.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean apart(JsonNode a, JsonNode b) {
        if (Trivial.acceptsNone(a) || Trivial.acceptsNone(b)) {
            return true;
        }
        if (!a.isObject() || !b.isObject()) {
            return false;
        }
        Set<String> typesA = types(a);
        Set<String> typesB = types(b);
        if (typesA != null && typesB != null && typesA.stream().noneMatch(t -> shares(t, typesB))) {
            return true;
        }
        Set<JsonNode> valuesA = values(a);
        Set<JsonNode> valuesB = values(b);
        if (valuesA != null && valuesB != null && valuesA.stream().noneMatch(valuesB::contains)) {
            return true;
        }
        return discriminated(a, b);
    }

    /** A property both require whose allowed values (const or enum, written inline) have none in common. */
    private static boolean discriminated(JsonNode a, JsonNode b) {
        for (JsonNode name : a.path("required")) {
            if (!Witness.contains(b.path("required"), name)) {
                continue;
            }
            Set<JsonNode> valuesA = values(a.path("properties").path(name.asText()));
            Set<JsonNode> valuesB = values(b.path("properties").path(name.asText()));
            if (valuesA != null && valuesB != null && valuesA.stream().noneMatch(valuesB::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shares(String type, Set<String> others) {
        return others.contains(type)
                || type.equals("integer") && others.contains("number")
                || type.equals("number") && others.contains("integer");
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null || schema.path("nullable").asBoolean(false)) {
            return null;
        }
        Set<String> types = new HashSet<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            return null;
        }
        return types;
    }

    private static Set<JsonNode> values(JsonNode schema) {
        if (schema.has("const")) {
            return Set.of(schema.get("const"));
        }
        JsonNode values = schema.get("enum");
        if (values == null || !values.isArray()) {
            return null;
        }
        Set<JsonNode> set = new HashSet<>();
        values.forEach(set::add);
        return set;
    }
}
