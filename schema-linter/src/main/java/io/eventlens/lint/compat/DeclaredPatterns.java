package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A new pattern property constrains the declared properties whose names it matches, beside their own
 * schemas: a value must match {@code properties[name]} and every matching pattern. So each pattern the old
 * object lacks is compared, name by name, with what the old object required of that name (its declared
 * schema and the old patterns matching it); it must accept one of them. Names the old object did not
 * constrain at all (read against its additionalProperties) are left to the comparison of the added pattern
 * with that schema, and a name only the old object declares is already read against the new object's
 * first matching pattern, so neither is compared twice.
 */
final class DeclaredPatterns {

    private final SchemaDiff diff;
    private final ObjectNode r;
    private final ObjectNode w;
    private final String pointer;

    DeclaredPatterns(SchemaDiff diff, ObjectNode r, ObjectNode w, String pointer) {
        this.diff = diff;
        this.r = r;
        this.w = w;
        this.pointer = pointer;
    }

    void compare(Set<SchemaChange> out) {
        ObjectNode oldPatterns = ObjectDiff.members(w, "patternProperties", pointer);
        List<String> added = new ArrayList<>();
        ObjectDiff.members(r, "patternProperties", pointer).fieldNames().forEachRemaining(p -> {
            if (!oldPatterns.has(p)) {
                added.add(p);
            }
        });
        if (added.isEmpty()) {
            return;
        }
        ObjectNode newProperties = ObjectDiff.members(r, "properties", pointer);
        Set<String> names = new LinkedHashSet<>();
        ObjectDiff.members(w, "properties", pointer).fieldNames().forEachRemaining(names::add);
        newProperties.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String readByOneSided = newProperties.has(name)
                    ? null
                    : PatternNames.firstMatching(
                            r, name, pointer, diff.context().regexReads());
            for (String regex : added) {
                JsonNode schema = r.get("patternProperties").get(regex);
                String at = Json.child(pointer, "patternProperties", regex);
                if (!regex.equals(readByOneSided)
                        && PatternNames.matches(regex, name, at, diff.context().regexReads())) {
                    compareWithOld(name, schema, at, out);
                }
            }
        }
    }

    /** The new pattern's schema must accept one of the old schemas a value of the name had to match. */
    private void compareWithOld(String name, JsonNode schema, String at, Set<SchemaChange> out) {
        List<JsonNode> oldSchemas = oldSchemasOf(name);
        if (oldSchemas.isEmpty()) {
            return;
        }
        out.add(SchemaChange.of(
                ChangeKind.PATTERN_PROPERTY_APPLIES_TO_DECLARED, at, JsonNodeFactory.instance.textNode(name), schema));
        Set<SchemaChange> first = null;
        for (JsonNode old : oldSchemas) {
            Set<SchemaChange> found = new LinkedHashSet<>();
            diff.compareMember(schema, old, at, found);
            if (found.stream()
                    .allMatch(c -> c.isBackwardCompatible(diff.context().policy()))) {
                out.addAll(found);
                return;
            }
            first = first == null ? found : first;
        }
        out.addAll(first);
    }

    /** The old declared schema of the name, then every old pattern matching it. */
    private List<JsonNode> oldSchemasOf(String name) {
        List<JsonNode> schemas = new ArrayList<>();
        JsonNode declared = ObjectDiff.members(w, "properties", pointer).get(name);
        if (declared != null) {
            schemas.add(declared);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        ObjectDiff.members(w, "patternProperties", pointer).fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = Json.child(pointer, "patternProperties", entry.getKey());
            if (PatternNames.matches(entry.getKey(), name, at, diff.context().regexReads())) {
                schemas.add(entry.getValue());
            }
        }
        return schemas;
    }
}
