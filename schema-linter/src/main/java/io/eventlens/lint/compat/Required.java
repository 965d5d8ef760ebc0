package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code required}: one change per property name that became, or stopped being, required. */
final class Required {

    private Required() {}

    static void compare(ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        Set<String> newNames = names(r, "required", pointer);
        Set<String> oldNames = names(w, "required", pointer);
        String at = Json.child(pointer, "required");
        for (String name : newNames) {
            if (!oldNames.contains(name)) {
                out.add(SchemaChange.of(ChangeKind.REQUIRED_PROPERTY_ADDED, at, null, TextNode.valueOf(name)));
            }
        }
        for (String name : oldNames) {
            if (!newNames.contains(name)) {
                out.add(SchemaChange.of(ChangeKind.REQUIRED_PROPERTY_REMOVED, at, TextNode.valueOf(name), null));
            }
        }
    }

    /** The property names a keyword lists; anything but an array of strings is an error naming it. */
    static Set<String> names(JsonNode holder, String keyword, String pointer) {
        JsonNode array = holder.get(keyword);
        Set<String> names = new LinkedHashSet<>();
        if (array == null) {
            return names;
        }
        if (!array.isArray()) {
            throw Json.wrongShape(keyword, pointer, "an array of property names", array);
        }
        for (JsonNode name : array) {
            if (!name.isTextual()) {
                throw Json.wrongShape(keyword, pointer, "an array of property names", array);
            }
            names.add(name.asText());
        }
        return names;
    }
}
