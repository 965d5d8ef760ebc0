package io.eventlens.web.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A payload schema as a tree of fields: name, type, required, description. */
final class SchemaTree {

    private static final int MAX_DEPTH = 20;

    /** One field of the schema tree. {@code path} keeps rows distinct. */
    record Field(String path, String name, String type, boolean required, String description) {}

    private SchemaTree() {}

    static TreeGrid<Field> of(JsonNode schema) {
        TreeData<Field> data = new TreeData<>();
        if (schema != null) {
            addChildren(data, null, "", schema, 0, new HashSet<>());
        }
        TreeGrid<Field> grid = new TreeGrid<>();
        grid.addClassName("schema-tree");
        grid.addHierarchyColumn(Field::name).setHeader("Field").setAutoWidth(true);
        grid.addColumn(Field::type).setHeader("Type").setAutoWidth(true);
        grid.addColumn(f -> f.required() ? "required" : "")
                .setHeader("Required")
                .setAutoWidth(true);
        grid.addColumn(Field::description).setHeader("Description").setFlexGrow(1);
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), 3);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static void addChildren(
            TreeData<Field> data, Field parent, String path, JsonNode schema, int depth, Set<JsonNode> seen) {
        if (depth > MAX_DEPTH || !schema.isObject() || !seen.add(schema)) {
            return; // deep or cyclic: the tree stops, the JSON view still shows everything
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(properties::add);
        for (Map.Entry<String, JsonNode> property : properties) {
            JsonNode child = property.getValue();
            Field field = new Field(
                    path + "/" + property.getKey(),
                    property.getKey(),
                    type(child),
                    required.contains(property.getKey()),
                    child.path("description").asText(""));
            data.addItem(parent, field);
            addChildren(data, field, field.path(), child, depth + 1, seen);
            JsonNode items = child.path("items");
            if (items.isObject()) {
                addChildren(data, field, field.path() + "[]", items, depth + 1, seen);
            }
        }
        seen.remove(schema);
    }

    static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            return "→ " + schema.get("$ref").asText();
        }
        JsonNode type = schema.path("type");
        String name = type.isArray() ? joined(type) : type.asText("");
        if ("array".equals(name) && schema.path("items").has("type")) {
            name = "array of " + schema.path("items").path("type").asText();
        }
        if (schema.has("enum")) {
            name = (name.isEmpty() ? "" : name + " ") + "enum " + schema.get("enum");
        } else if (schema.has("const")) {
            name = (name.isEmpty() ? "" : name + " ") + "= " + schema.get("const");
        }
        if (schema.has("format")) {
            name += " (" + schema.get("format").asText() + ")";
        }
        for (String combiner : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combiner)) {
                name += (name.isEmpty() ? "" : " ") + combiner;
            }
        }
        return name;
    }

    private static String joined(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(t -> names.add(t.asText()));
        return String.join(" | ", names);
    }
}
