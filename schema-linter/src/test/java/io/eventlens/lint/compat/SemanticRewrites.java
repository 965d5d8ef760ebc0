package io.eventlens.lint.compat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Rewrites that keep a schema's meaning, each at a random place of it (seeded, so a failure repeats): {@code {}} and
 * {@code true} swapped, {@code false} written {@code {"not": {}}}, a subschema wrapped in a one-branch
 * {@code anyOf}/{@code oneOf}/{@code allOf}, an {@code enum} entry repeated, a {@code type} array reordered (or a type
 * written as a one-element array), a {@code minLength}/{@code minItems}/{@code minProperties} of 0 added, and a
 * property declared {@code true} in an open object.
 */
final class SemanticRewrites {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ONE = Set.of(
            "additionalProperties",
            "additionalItems",
            "unevaluatedProperties",
            "unevaluatedItems",
            "items",
            "contains",
            "propertyNames",
            "not",
            "if",
            "then",
            "else");
    private static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
    private static final Set<String> MAPS =
            Set.of("properties", "patternProperties", "dependentSchemas", "definitions", "$defs", "dependencies");
    private static final Set<String> CLOSERS = Set.of(
            "additionalProperties",
            "patternProperties",
            "unevaluatedProperties",
            "anyOf",
            "oneOf",
            "allOf",
            "$ref",
            "if",
            "not");

    record Rewrite(JsonNode schema, String what) {}

    private final Random random;
    private int fresh;

    SemanticRewrites(long seed) {
        this.random = new Random(seed);
    }

    Rewrite rewrite(JsonNode original) {
        JsonNode copy = original.deepCopy();
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int n = 0; n < count * 4 && done.size() < count; n++) {
            List<String> places = new ArrayList<>();
            collect(copy, "", places);
            String at = places.get(random.nextInt(places.size()));
            String what = apply(copy, at);
            if (what != null) {
                done.add(what + " at '" + at + "'");
            }
        }
        return new Rewrite(copy, done.isEmpty() ? "nothing applicable" : String.join("; ", done));
    }

    private static void collect(JsonNode schema, String pointer, List<String> places) {
        places.add(pointer);
        if (!schema.isObject()) {
            return;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            JsonNode value = schema.get(keyword);
            String at = Json.child(pointer, keyword);
            if (ONE.contains(keyword) && (value.isObject() || value.isBoolean())) {
                collect(value, at, places);
            } else if (LISTS.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    collect(value.get(i), Json.child(at, Integer.toString(i)), places);
                }
            } else if (MAPS.contains(keyword) && value.isObject()) {
                value.fields().forEachRemaining(e -> {
                    if (e.getValue().isObject() || e.getValue().isBoolean()) {
                        collect(e.getValue(), Json.child(at, e.getKey()), places);
                    }
                });
            }
        }
    }

    /** One rewrite chosen at random among those that apply at the place; its name, or null when none applies. */
    private String apply(JsonNode root, String at) {
        JsonNode node = root.at(JsonPointer.compile(at));
        List<String> options = new ArrayList<>();
        boolean inner = !at.isEmpty();
        if (inner && (node.isBoolean() || node.isObject() && node.isEmpty())) {
            options.add("boolean");
        }
        if (inner && !referenced(root, at)) {
            options.add("wrap");
        }
        if (node.path("enum").isArray() && !node.path("enum").isEmpty()) {
            options.add("enum");
        }
        if (node.path("type").isArray() && node.path("type").size() > 1
                || node.path("type").isTextual()) {
            options.add("type");
        }
        if (node.isObject()) {
            options.add("zero");
        }
        if (openObject(root, node, at)) {
            options.add("property");
        }
        if (options.isEmpty()) {
            return null;
        }
        String option = options.get(random.nextInt(options.size()));
        replace(root, at, rewritten(option, node));
        return option;
    }

    private JsonNode rewritten(String option, JsonNode node) {
        switch (option) {
            case "boolean" -> {
                return Json.isFalse(node)
                        ? NODES.objectNode().set("not", NODES.objectNode())
                        : node.isBoolean() ? NODES.objectNode() : BooleanNode.TRUE;
            }
            case "wrap" -> {
                ObjectNode wrapper = NODES.objectNode();
                wrapper.putArray(List.of("anyOf", "oneOf", "allOf").get(random.nextInt(3)))
                        .add(node);
                return wrapper;
            }
            case "enum" -> {
                ObjectNode copy = node.deepCopy();
                ((ArrayNode) copy.get("enum")).add(copy.get("enum").get(0).deepCopy());
                return copy;
            }
            case "type" -> {
                ObjectNode copy = node.deepCopy();
                ArrayNode types = NODES.arrayNode();
                if (node.get("type").isTextual()) {
                    types.add(node.get("type"));
                } else {
                    node.get("type").forEach(t -> types.insert(0, t));
                }
                copy.set("type", types);
                return copy;
            }
            case "zero" -> {
                ObjectNode copy = node.deepCopy();
                String keyword =
                        List.of("minLength", "minItems", "minProperties").get(random.nextInt(3));
                if (!copy.has(keyword)) {
                    copy.put(keyword, 0);
                }
                return copy;
            }
            default -> {
                ObjectNode copy = node.deepCopy();
                JsonNode properties = copy.path("properties");
                ObjectNode target = properties.isObject() ? (ObjectNode) properties : copy.putObject("properties");
                target.set("zz_rewrite_" + fresh++, BooleanNode.TRUE);
                return copy;
            }
        }
    }

    /**
     * An object whose undeclared properties take any value, outside any alternative (where the engine joins the
     * schema around it), in a document that never counts evaluated properties.
     */
    private static boolean openObject(JsonNode root, JsonNode node, String at) {
        if (!node.isObject() || !"object".equals(node.path("type").asText()) && !node.has("properties")) {
            return false;
        }
        boolean closes = CLOSERS.stream().anyMatch(node::has);
        boolean inAlternative = at.contains("/anyOf/") || at.contains("/oneOf/") || at.contains("/allOf/");
        return !closes && !inAlternative && !root.toString().contains("unevaluated");
    }

    /** Whether a local reference points at the place or below it (a wrapper would move its target). */
    private static boolean referenced(JsonNode root, String at) {
        List<String> targets = new ArrayList<>();
        root.findValues("$ref").forEach(ref -> targets.add(ref.asText()));
        return targets.stream()
                .filter(t -> t.startsWith("#/"))
                .map(t -> t.substring(1))
                .anyMatch(t -> t.equals(at) || t.startsWith(at + "/"));
    }

    private static void replace(JsonNode root, String at, JsonNode value) {
        if (at.isEmpty()) {
            ((ObjectNode) root).removeAll().setAll((ObjectNode) value);
            return;
        }
        JsonPointer pointer = JsonPointer.compile(at);
        JsonNode parent = root.at(pointer.head());
        String token = pointer.last().getMatchingProperty();
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(token), value);
        } else {
            ((ObjectNode) parent).set(token, value);
        }
    }
}
