package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code required}: one change per property name that became, or stopped being, required. */
final class Required {

    private Required() {
    }

    static void compare(ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        Set<String> newNames = names(r.get("required"));
        Set<String> oldNames = names(w.get("required"));
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

    static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(name -> names.add(name.asText()));
        }
        return names;
    }
}
