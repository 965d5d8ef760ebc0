package io.eventlens.catalog.document;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value of a bundled document and the JSON Pointer where it really is: a local {@code $ref} met on the way is
 * followed, and the pointer is then the target's.
 *
 * @param node    the value, never a {@code {"$ref": ...}} object
 * @param pointer where it is in the document
 */
public record Located(JsonNode node, String pointer) {

    private static final int MAX_HOPS = 64;

    /**
     * The value {@code node} (found at {@code pointer}) stands for, its local {@code $ref} chain followed; null when a
     * reference points outside the document, to nothing, or loops.
     */
    public static Located follow(JsonNode document, JsonNode node, String pointer) {
        JsonNode current = node;
        String at = pointer;
        for (int hop = 0; current != null && current.path("$ref").isTextual(); hop++) {
            String ref = current.get("$ref").asText();
            if (hop == MAX_HOPS || !ref.startsWith("#")) {
                return null;
            }
            at = ref.substring(1);
            current = LocalPointers.resolve(document, at);
        }
        return current == null ? null : new Located(current, at);
    }

    /** The whole document. */
    public static Located root(JsonNode document) {
        return new Located(document, "");
    }

    /** Member {@code field}, references followed; null when there is none. */
    public Located child(JsonNode document, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : follow(document, value, JsonPointers.child(pointer, field));
    }

    /** Item {@code index}, references followed; null when there is none. */
    public Located item(JsonNode document, int index) {
        JsonNode value = node.get(index);
        return value == null ? null : follow(document, value, JsonPointers.child(pointer, index));
    }

    /** The text of member {@code field}, or {@code ""} when it is absent or not text. */
    public String text(String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }
}
