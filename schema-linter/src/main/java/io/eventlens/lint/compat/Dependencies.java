package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code dependentRequired} and {@code dependentSchemas} (2019-09+), and draft-07's {@code dependencies},
 * whose array entries mean the first and whose schema entries mean the second.
 */
final class Dependencies {

    private Dependencies() {}

    static void compare(SchemaDiff diff, ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        ObjectNode newRequired = collect(r, "dependentRequired", true);
        ObjectNode oldRequired = collect(w, "dependentRequired", true);
        required(
                newRequired,
                oldRequired,
                pointer,
                r.has("dependentRequired") || w.has("dependentRequired") ? "dependentRequired" : "dependencies",
                out);
        ObjectNode newSchemas = collect(r, "dependentSchemas", false);
        ObjectNode oldSchemas = collect(w, "dependentSchemas", false);
        String keyword = r.has("dependentSchemas") || w.has("dependentSchemas") ? "dependentSchemas" : "dependencies";
        Set<String> names = new LinkedHashSet<>();
        oldSchemas.fieldNames().forEachRemaining(names::add);
        newSchemas.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String at = Json.child(pointer, keyword, name);
            JsonNode newSchema = newSchemas.get(name);
            JsonNode oldSchema = oldSchemas.get(name);
            if (newSchema != null && oldSchema != null) {
                diff.compare(newSchema, oldSchema, at, out);
            } else {
                ChangeKind kind =
                        newSchema == null ? ChangeKind.DEPENDENT_SCHEMA_REMOVED : ChangeKind.DEPENDENT_SCHEMA_ADDED;
                out.add(SchemaChange.of(kind, at, oldSchema, newSchema));
            }
        }
    }

    private static void required(
            ObjectNode newRequired, ObjectNode oldRequired, String pointer, String keyword, Set<SchemaChange> out) {
        Set<String> names = new LinkedHashSet<>();
        newRequired.fieldNames().forEachRemaining(names::add);
        oldRequired.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String at = Json.child(pointer, keyword, name);
            Set<String> newNames = Required.names(newRequired, name, Json.child(pointer, keyword));
            Set<String> oldNames = Required.names(oldRequired, name, Json.child(pointer, keyword));
            newNames.stream()
                    .filter(n -> !oldNames.contains(n))
                    .forEach(n -> out.add(
                            SchemaChange.of(ChangeKind.DEPENDENT_REQUIRED_ADDED, at, null, TextNode.valueOf(n))));
            oldNames.stream()
                    .filter(n -> !newNames.contains(n))
                    .forEach(n -> out.add(
                            SchemaChange.of(ChangeKind.DEPENDENT_REQUIRED_REMOVED, at, TextNode.valueOf(n), null)));
        }
    }

    /** The entries of one modern keyword plus the matching half of draft-07's {@code dependencies}. */
    private static ObjectNode collect(ObjectNode schema, String keyword, boolean arrays) {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        for (String source : new String[] {"dependencies", keyword}) {
            JsonNode entries = schema.get(source);
            if (entries == null || !entries.isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (entry.getValue().isArray() == arrays) {
                    all.set(entry.getKey(), entry.getValue());
                }
            }
        }
        return all;
    }
}
