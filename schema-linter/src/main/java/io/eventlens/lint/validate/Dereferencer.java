package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.LocalPointers;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The resolved view the official schemas are written for: every local {@code $ref} replaced by
 * its value, except a reference back into a value being expanded (a cycle), which stays a
 * reference. In 3.x, the places where the schema demands a Reference Object (an operation's
 * channel and messages, a reply's, a channel's servers) keep theirs. A document that would grow
 * past {@link #MAX_NODES} is left as bundled.
 */
final class Dereferencer {

    static final int MAX_NODES = 2_000_000;

    private static final Pattern V3_REFERENCES =
            Pattern.compile("^(/components)?/(operations/[^/]+/(reply/)?|replies/[^/]+/)(channel|messages/\\d+)$"
                    + "|^(/components)?/channels/[^/]+/servers/\\d+$");

    private final JsonNode document;
    private final boolean v3;
    private final Deque<String> expanding = new ArrayDeque<>();
    private int nodes;

    private Dereferencer(JsonNode document, boolean v3) {
        this.document = document;
        this.v3 = v3;
    }

    static JsonNode resolve(JsonNode document, boolean v3) {
        try {
            return new Dereferencer(document, v3).walk(document, "");
        } catch (TooLarge e) {
            return document;
        }
    }

    private JsonNode walk(JsonNode node, String pointer) {
        if (++nodes > MAX_NODES) {
            throw new TooLarge();
        }
        if (node.isObject()
                && node.path("$ref").isTextual()
                && node.get("$ref").asText().startsWith("#")) {
            String target = node.get("$ref").asText().substring(1);
            JsonNode value = LocalPointers.resolve(document, target);
            if (value == null
                    || expanding.contains(target)
                    || v3 && V3_REFERENCES.matcher(pointer).matches()) {
                return node;
            }
            expanding.push(target);
            JsonNode resolved = walk(value, pointer);
            expanding.pop();
            return resolved;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                copy.set(field.getKey(), walk(field.getValue(), JsonPointers.child(pointer, field.getKey())));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (int i = 0; i < node.size(); i++) {
                copy.add(walk(node.get(i), pointer + "/" + i));
            }
            return copy;
        }
        return node;
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
