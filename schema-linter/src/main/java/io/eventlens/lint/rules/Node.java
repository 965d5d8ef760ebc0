package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.LocalPointers;

/** A value of the bundled document, local {@code $ref}s followed, with the pointer where it really is and its name. */
record Node(String name, JsonNode value, String pointer) {

    private static final int MAX_HOPS = 64;

    /** Follows {@code $ref} chains (bounded: a loop gives null) from a value found at {@code pointer}. */
    static Node at(JsonNode root, String name, JsonNode value, String pointer) {
        JsonNode current = value;
        String at = pointer;
        for (int hop = 0; current != null && current.path("$ref").isTextual(); hop++) {
            String ref = current.get("$ref").asText();
            if (hop == MAX_HOPS || !ref.startsWith("#")) {
                return null;
            }
            at = ref.substring(1);
            current = LocalPointers.resolve(root, at);
        }
        return current == null ? null : new Node(name, current, at);
    }

    Node child(JsonNode root, String field) {
        JsonNode child = value.get(field);
        return child == null ? null : at(root, field, child, pointer + "/" + escape(field));
    }

    Node item(JsonNode root, int index) {
        JsonNode child = value.get(index);
        return child == null ? null : at(root, name, child, pointer + "/" + index);
    }

    String text(String field) {
        JsonNode child = value.get(field);
        return child != null && child.isTextual() ? child.asText() : "";
    }

    static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
