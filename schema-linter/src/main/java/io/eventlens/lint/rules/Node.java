package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.Located;

/** A value of the bundled document, local {@code $ref}s followed, with the pointer where it really is and its name. */
record Node(String name, JsonNode value, String pointer) {

    /** Follows {@code $ref} chains (bounded: a loop gives null) from a value found at {@code pointer}. */
    static Node at(JsonNode root, String name, JsonNode value, String pointer) {
        Located found = Located.follow(root, value, pointer);
        return found == null ? null : new Node(name, found.node(), found.pointer());
    }

    Node child(JsonNode root, String field) {
        JsonNode child = value.get(field);
        return child == null ? null : at(root, field, child, JsonPointers.child(pointer, field));
    }

    Node item(JsonNode root, int index) {
        JsonNode child = value.get(index);
        return child == null ? null : at(root, name, child, JsonPointers.child(pointer, index));
    }

    String text(String field) {
        JsonNode child = value.get(field);
        return child != null && child.isTextual() ? child.asText() : "";
    }
}
