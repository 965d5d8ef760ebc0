package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Removes what a parser injects ({@code x-parser-*}) so it never shows as a change. */
final class Noise {

    private static final int MAX_DEPTH = 200;

    private Noise() {}

    /** A copy without {@code x-parser-*} keys at any depth (deeper than 200 levels is kept as is). */
    static JsonNode strip(JsonNode node) {
        return node == null ? null : strip(node.deepCopy(), 0);
    }

    private static JsonNode strip(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            List<String> noise = new ArrayList<>();
            object.fieldNames().forEachRemaining(name -> {
                if (name.startsWith("x-parser-")) {
                    noise.add(name);
                }
            });
            object.remove(noise);
            object.fields().forEachRemaining(e -> strip(e.getValue(), depth + 1));
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> strip(item, depth + 1));
        }
        return node;
    }

    static boolean same(JsonNode a, JsonNode b) {
        return java.util.Objects.equals(strip(a), strip(b));
    }
}
