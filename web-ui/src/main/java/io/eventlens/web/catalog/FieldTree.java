package io.eventlens.web.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.Located;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A payload or headers schema as the rows of a tree: each property (nested objects and array items too) with its
 * type, constraints, required mark and description. Local {@code $ref}s are followed; {@code allOf} branches are
 * merged into one level, each property naming the branch it came from; {@code oneOf}/{@code anyOf} give one row per
 * alternative, with the alternative's properties under it. Cycle-safe and bounded ({@link #MAX_ROWS} rows,
 * {@link #MAX_DEPTH} levels): the raw schema on the page shows the rest. The message page and
 * {@code GET /api/catalog/messages/{key}} both read these rows.
 */
final class FieldTree {

    static final int MAX_ROWS = 2_000;
    static final int MAX_DEPTH = 32;
    private static final int MAX_ALL_OF_NESTING = 16;
    private static final List<String> CONSTRAINTS = List.of(
            "enum",
            "const",
            "format",
            "minimum",
            "exclusiveMinimum",
            "maximum",
            "exclusiveMaximum",
            "multipleOf",
            "minLength",
            "maxLength",
            "pattern",
            "minItems",
            "maxItems",
            "uniqueItems",
            "minProperties",
            "maxProperties",
            "default");

    /** What a row stands for: a property, a choice ({@code oneOf}/{@code anyOf}), one alternative, or a note. */
    enum Kind {
        FIELD,
        CHOICE,
        ALTERNATIVE,
        NOTE
    }

    /**
     * One row. {@code path} is dotted, {@code []} for array items ({@code data.lines[].sku}); alternatives and
     * choices carry the path of the object they belong to. {@code parent} is the parent row's {@code id}, -1 at the
     * top. {@code origin} is where an {@code allOf} part or an alternative came from ({@code #/components/...}), or
     * empty.
     */
    record Row(
            int id,
            int parent,
            Kind kind,
            String path,
            String name,
            String type,
            boolean required,
            String description,
            String constraints,
            String origin) {

        Row withId(int newId) {
            return new Row(newId, parent, kind, path, name, type, required, description, constraints, origin);
        }
    }

    /** A schema, references followed, and where it came from when that is worth saying (else empty). */
    private record Part(Located schema, String origin) {}

    /** What one level of the tree gathers from its parts. */
    private static final class Level {
        final Map<String, List<Part>> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        final List<Map.Entry<String, List<Part>>> choices = new ArrayList<>();
    }

    private final JsonNode document;
    private final List<Row> rows = new ArrayList<>();
    private final Map<JsonNode, Boolean> onPath = new IdentityHashMap<>();
    private boolean truncated;

    private FieldTree(JsonNode document) {
        this.document = document;
    }

    /** The rows of {@code schema}, a value of {@code document} (which its local references point into). */
    static List<Row> of(JsonNode document, Located schema) {
        FieldTree tree = new FieldTree(document);
        if (schema != null) {
            tree.level(List.of(new Part(schema, "")), "", -1, 0);
        }
        if (tree.truncated) {
            tree.rows.add(new Row(
                    tree.rows.size(),
                    -1,
                    Kind.NOTE,
                    "",
                    "(more)",
                    "",
                    false,
                    "the tree stops after " + MAX_ROWS + " rows; the raw schema shows everything",
                    "",
                    ""));
        }
        return List.copyOf(tree.rows);
    }

    /** The type of a schema as the tree shows it ({@code string}, {@code array of object}, ...). */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(t.asText()));
            return String.join(" | ", names);
        }
        if (type.isTextual()) {
            return type.asText();
        }
        for (String keyword : List.of("properties", "items", "oneOf", "anyOf", "allOf")) {
            if (schema.has(keyword)) {
                return switch (keyword) {
                    case "properties" -> "object";
                    case "items" -> "array";
                    case "oneOf" -> "one of";
                    case "anyOf" -> "any of";
                    default -> "all of";
                };
            }
        }
        if (schema.has("$ref")) {
            return "→ " + schema.get("$ref").asText();
        }
        return schema.has("const") ? schema.get("const").getNodeType().name().toLowerCase(Locale.ROOT) : "";
    }

    /** {@link #type}, arrays with the type of their items ({@code array of object}), references followed. */
    private String typeOf(Located schema) {
        String name = type(schema.node());
        Located items = schema.child(document, "items");
        if (name.equals("array")
                && items != null
                && items.node().isObject()
                && !type(items.node()).isEmpty()) {
            return "array of " + type(items.node());
        }
        return name;
    }

    private void level(List<Part> parts, String path, int parent, int depth) {
        Level level = new Level();
        parts.forEach(part -> gather(part, part.origin(), level, 0));
        for (Map.Entry<String, List<Part>> property : level.properties.entrySet()) {
            String at = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            List<Part> schemas = property.getValue();
            Row row = add(new Row(
                    -1,
                    parent,
                    Kind.FIELD,
                    at,
                    property.getKey(),
                    typeOf(schemas),
                    level.required.contains(property.getKey()),
                    first(schemas, "description"),
                    constraints(schemas),
                    origins(schemas)));
            if (row != null) {
                descend(schemas, at, row.id(), depth + 1);
            }
        }
        for (Map.Entry<String, List<Part>> choice : level.choices) {
            Row group = add(new Row(
                    -1,
                    parent,
                    Kind.CHOICE,
                    path,
                    choice.getKey().equals("oneOf") ? "one of" : "any of",
                    "",
                    false,
                    "",
                    "",
                    ""));
            List<Part> alternatives = choice.getValue();
            for (int i = 0; group != null && i < alternatives.size(); i++) {
                Part alternative = alternatives.get(i);
                JsonNode node = alternative.schema().node();
                Row row = add(new Row(
                        -1,
                        group.id(),
                        Kind.ALTERNATIVE,
                        path,
                        "alternative " + (i + 1) + title(node),
                        typeOf(alternative.schema()),
                        false,
                        node.path("description").asText(""),
                        constraints(List.of(alternative)),
                        alternative.origin()));
                if (row != null) {
                    descend(List.of(alternative), path, row.id(), depth + 1);
                }
            }
        }
    }

    /** The children of a property: its object's properties, or its array items' properties under {@code path[]}. */
    private void descend(List<Part> schemas, String path, int parent, int depth) {
        List<Part> items = new ArrayList<>();
        for (Part part : schemas) {
            Located item = part.schema().child(document, "items");
            if (item != null && item.node().isObject()) {
                items.add(new Part(item, ""));
            }
        }
        List<Part> all = new ArrayList<>(schemas);
        all.addAll(items);
        for (Part part : all) {
            if (onPath.containsKey(part.schema().node())) {
                add(new Row(
                        -1,
                        parent,
                        Kind.NOTE,
                        path,
                        "(recursive)",
                        "",
                        false,
                        "repeats #" + part.schema().pointer(),
                        "",
                        ""));
                return;
            }
        }
        if (depth > MAX_DEPTH) {
            String why = "the tree stops " + MAX_DEPTH + " levels deep";
            add(new Row(-1, parent, Kind.NOTE, path, "(deeper)", "", false, why, "", ""));
            return;
        }
        List<JsonNode> entered = new ArrayList<>();
        all.forEach(part -> {
            if (onPath.put(part.schema().node(), Boolean.TRUE) == null) {
                entered.add(part.schema().node());
            }
        });
        level(schemas, path, parent, depth);
        if (!items.isEmpty()) {
            level(items, path + "[]", parent, depth);
        }
        entered.forEach(onPath::remove);
    }

    /** Properties, required names and choices of one part, its {@code allOf} branches merged in. */
    private void gather(Part part, String origin, Level level, int nesting) {
        Located schema = part.schema();
        JsonNode node = schema.node();
        if (!node.isObject() || nesting > MAX_ALL_OF_NESTING) {
            return;
        }
        Located properties = schema.child(document, "properties");
        if (properties != null && properties.node().isObject()) {
            properties.node().fieldNames().forEachRemaining(name -> {
                Located property = properties.child(document, name);
                JsonNode written = properties.node().get(name);
                Located found = property != null
                        ? property
                        : new Located(written, JsonPointers.child(properties.pointer(), name));
                level.properties.computeIfAbsent(name, n -> new ArrayList<>()).add(new Part(found, origin));
            });
        }
        node.path("required").forEach(name -> level.required.add(name.asText()));
        Located allOf = schema.child(document, "allOf");
        if (allOf != null && allOf.node().isArray()) {
            for (int i = 0; i < allOf.node().size(); i++) {
                Located branch = allOf.item(document, i);
                if (branch != null) {
                    gather(new Part(branch, "#" + branch.pointer()), "#" + branch.pointer(), level, nesting + 1);
                }
            }
        }
        for (String keyword : List.of("oneOf", "anyOf")) {
            Located choice = schema.child(document, keyword);
            if (choice != null && choice.node().isArray()) {
                List<Part> alternatives = new ArrayList<>();
                for (int i = 0; i < choice.node().size(); i++) {
                    Located alternative = choice.item(document, i);
                    if (alternative != null) {
                        alternatives.add(new Part(alternative, "#" + alternative.pointer()));
                    }
                }
                level.choices.add(Map.entry(keyword, alternatives));
            }
        }
    }

    /** Adds {@code row} with the next id; null when the tree is full. */
    private Row add(Row row) {
        if (rows.size() >= MAX_ROWS) {
            truncated = true;
            return null;
        }
        Row added = row.withId(rows.size());
        rows.add(added);
        return added;
    }

    private String typeOf(List<Part> schemas) {
        return schemas.stream()
                .map(part -> typeOf(part.schema()))
                .filter(type -> !type.isEmpty())
                .findFirst()
                .orElse("any");
    }

    private static String first(List<Part> schemas, String keyword) {
        return schemas.stream()
                .map(part -> part.schema().node().path(keyword))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .findFirst()
                .orElse("");
    }

    private static String constraints(List<Part> schemas) {
        Set<String> found = new LinkedHashSet<>();
        for (Part part : schemas) {
            JsonNode node = part.schema().node();
            for (String keyword : CONSTRAINTS) {
                JsonNode value = node.get(keyword);
                if (value != null) {
                    found.add(keyword + " " + (value.isTextual() ? value.asText() : value.toString()));
                }
            }
        }
        return String.join("; ", found);
    }

    private static String origins(List<Part> schemas) {
        Set<String> origins = new LinkedHashSet<>();
        schemas.forEach(part -> {
            if (!part.origin().isEmpty()) {
                origins.add(part.origin());
            }
        });
        return String.join(", ", origins);
    }

    private static String title(JsonNode schema) {
        return schema.path("title").isTextual() ? ": " + schema.get("title").asText() : "";
    }
}
