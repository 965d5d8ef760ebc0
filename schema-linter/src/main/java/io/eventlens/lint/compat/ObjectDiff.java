package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.ChangeKind.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Object keywords. A property only one side names is read against the other side's schema for that
 * name: a matching pattern property, else {@code additionalProperties} (else
 * {@code unevaluatedProperties}, else open). Open (true) and closed (false) models get their own kinds,
 * because that is where STRICT and LENIENT differ.
 */
final class ObjectDiff {

    private final SchemaDiff diff;
    private final ObjectNode r;
    private final ObjectNode w;
    private final String pointer;

    ObjectDiff(SchemaDiff diff, ObjectNode r, ObjectNode w, String pointer) {
        this.diff = diff;
        this.r = r;
        this.w = w;
        this.pointer = pointer;
    }

    void compare(Set<SchemaChange> out) {
        properties(out);
        Required.compare(r, w, pointer, out);
        ContentModel.compareRest(diff, r, w, pointer, out);
        patternProperties(out);
        new DeclaredPatterns(diff, r, w, pointer).compare(out);
        if (r.has("propertyNames") || w.has("propertyNames")) {
            diff.compare(
                    r.path("propertyNames").isMissingNode() ? Json.TRUE : r.get("propertyNames"),
                    w.path("propertyNames").isMissingNode() ? Json.TRUE : w.get("propertyNames"),
                    Json.child(pointer, "propertyNames"),
                    out);
        }
        Limits.compare(
                r,
                w,
                "minProperties",
                pointer,
                out,
                MIN_PROPERTIES_ADDED,
                MIN_PROPERTIES_REMOVED,
                MIN_PROPERTIES_INCREASED,
                MIN_PROPERTIES_DECREASED);
        Limits.compare(
                r,
                w,
                "maxProperties",
                pointer,
                out,
                MAX_PROPERTIES_ADDED,
                MAX_PROPERTIES_REMOVED,
                MAX_PROPERTIES_INCREASED,
                MAX_PROPERTIES_DECREASED);
        Dependencies.compare(diff, r, w, pointer, out);
    }

    private void properties(Set<SchemaChange> out) {
        ObjectNode newProperties = members(r, "properties", pointer);
        ObjectNode oldProperties = members(w, "properties", pointer);
        Set<String> names = new LinkedHashSet<>();
        oldProperties.fieldNames().forEachRemaining(names::add);
        newProperties.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String at = Json.child(pointer, "properties", name);
            JsonNode newSchema = newProperties.get(name);
            JsonNode oldSchema = oldProperties.get(name);
            if (newSchema != null && oldSchema != null) {
                diff.compareMember(newSchema, oldSchema, at, out);
            } else {
                oneSided(name, newSchema != null ? newSchema : oldSchema, newSchema != null, at, out);
            }
        }
    }

    /**
     * A property only one side names, read against the other side's schema for that name: a matching
     * pattern property, else its additionalProperties (closed and open get their own kinds).
     */
    private void oneSided(String name, JsonNode schema, boolean added, String at, Set<SchemaChange> out) {
        ObjectNode other = added ? w : r;
        JsonNode pattern =
                PatternNames.schemaFor(other, name, pointer, diff.context().regexReads());
        JsonNode rest = pattern != null ? pattern : ContentModel.additional(other);
        JsonNode resolved = (added ? diff.context().reader() : diff.context().writer()).resolve(schema, at);
        if (!added && Trivial.acceptsNone(resolved) || pattern == null && sameMeaning(resolved, rest)) {
            return; // old data never carries it, or naming it with what the model already says changes nothing
        }
        JsonNode oldValue = added ? null : schema;
        JsonNode newValue = added ? schema : null;
        if (pattern == null && (Json.isFalse(rest) || Json.isTrue(rest))) {
            ChangeKind kind = Json.isFalse(rest)
                    ? (added ? PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL : PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL)
                    : (added ? PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL : PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL);
            out.add(SchemaChange.of(kind, at, oldValue, newValue));
            return;
        }
        if (pattern == null) {
            out.add(
                    added
                            ? SchemaChange.of(PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL, at, rest, schema)
                            : SchemaChange.of(PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL, at, schema, rest));
        }
        diff.compareMember(added ? schema : rest, added ? rest : schema, at, out);
    }

    private static boolean sameMeaning(JsonNode a, JsonNode b) {
        return Trivial.acceptsAll(a) && Trivial.acceptsAll(b) || Trivial.acceptsNone(a) && Trivial.acceptsNone(b);
    }

    private void patternProperties(Set<SchemaChange> out) {
        ObjectNode newPatterns = members(r, "patternProperties", pointer);
        ObjectNode oldPatterns = members(w, "patternProperties", pointer);
        for (Iterator<Map.Entry<String, JsonNode>> it = oldPatterns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> old = it.next();
            String at = Json.child(pointer, "patternProperties", old.getKey());
            JsonNode newSchema = newPatterns.get(old.getKey());
            if (newSchema != null) {
                diff.compareMember(newSchema, old.getValue(), at, out);
            } else if (Json.isFalse(ContentModel.additional(r))) {
                out.add(SchemaChange.of(PATTERN_PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, at, old.getValue(), null));
            } else {
                out.add(SchemaChange.of(PATTERN_PROPERTY_REMOVED, at, old.getValue(), null));
                diff.compareMember(ContentModel.additional(r), old.getValue(), at, out);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = newPatterns.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> added = it.next();
            if (oldPatterns.has(added.getKey())) {
                continue;
            }
            String at = Json.child(pointer, "patternProperties", added.getKey());
            if (Json.isFalse(ContentModel.additional(w))) {
                out.add(SchemaChange.of(PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL, at, null, added.getValue()));
            } else {
                out.add(SchemaChange.of(PATTERN_PROPERTY_ADDED, at, ContentModel.additional(w), added.getValue()));
                diff.compareMember(added.getValue(), ContentModel.additional(w), at, out);
            }
        }
    }

    static ObjectNode members(ObjectNode schema, String keyword, String pointer) {
        JsonNode members = schema.get(keyword);
        if (members == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!members.isObject()) {
            throw Json.wrongShape(keyword, pointer, "an object of schemas by name", members);
        }
        return (ObjectNode) members;
    }
}
