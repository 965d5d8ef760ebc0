package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.LocalPointers;

/** A node of a bundled document and its JSON Pointer there, local {@code $ref}s followed. */
record Located(JsonNode node, String pointer) {

    static Located follow(JsonNode document, JsonNode node, String pointer) {
        JsonNode current = node;
        String at = pointer;
        for (int hop = 0; hop < 32 && current != null && current.path("$ref").isTextual(); hop++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                return null;
            }
            at = ref.substring(1);
            current = LocalPointers.resolve(document, at);
        }
        return current == null ? null : new Located(current, at);
    }

    Located child(JsonNode document, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : follow(document, value, pointer + "/" + escape(field));
    }

    /** A key as a JSON Pointer reference token. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
