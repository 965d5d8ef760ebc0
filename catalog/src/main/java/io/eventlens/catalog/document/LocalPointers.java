package io.eventlens.catalog.document;

import com.fasterxml.jackson.databind.JsonNode;

/** Resolves a local JSON Pointer in a bundled tree, following local {@code $ref}s met on the way. */
public final class LocalPointers {

    private static final int MAX_HOPS = 64;

    private LocalPointers() {}

    /** The value at {@code pointer}, or null when there is none (or the references loop). */
    public static JsonNode resolve(JsonNode document, String pointer) {
        JsonNode node = follow(document, document, 0);
        for (String token : JsonPointers.tokens(pointer)) {
            if (node == null) {
                return null;
            }
            JsonNode next =
                    node.isArray() && token.matches("\\d{1,9}") ? node.get(Integer.parseInt(token)) : node.get(token);
            node = next == null ? null : follow(document, next, 0);
        }
        return node;
    }

    /** The value a {@code {"$ref": "#/..."}} object stands for; any other node is itself. */
    public static JsonNode follow(JsonNode document, JsonNode node, int hops) {
        JsonNode current = node;
        for (int hop = hops; current != null && current.path("$ref").isTextual(); hop++) {
            String ref = current.get("$ref").asText();
            if (hop >= MAX_HOPS || !ref.startsWith("#")) {
                return null;
            }
            current = direct(document, ref.substring(1));
        }
        return current;
    }

    private static JsonNode direct(JsonNode document, String pointer) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return null;
        }
        JsonNode found = document.at(pointer);
        return found.isMissingNode() ? null : found;
    }
}
