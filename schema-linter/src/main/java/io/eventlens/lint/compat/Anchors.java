package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** The named places of a schema document: {@code $id}s and {@code $anchor}s, indexed once, iteratively. */
final class Anchors {

    private final Map<String, JsonNode> byId = new HashMap<>();
    private final Map<String, JsonNode> byName = new HashMap<>();

    Anchors(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                index(node);
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode child = it.next();
                if (child.isContainerNode()) {
                    pending.push(child);
                }
            }
        }
    }

    private void index(JsonNode node) {
        for (String key : new String[] {"$id", "id"}) {
            JsonNode id = node.get(key);
            if (id != null && id.isTextual()) {
                String value = id.asText();
                if (value.startsWith("#")) {
                    byName.putIfAbsent(value.substring(1), node);
                } else {
                    byId.putIfAbsent(value.replaceFirst("#$", ""), node);
                }
            }
        }
        JsonNode anchor = node.get("$anchor");
        if (anchor != null && anchor.isTextual()) {
            byName.putIfAbsent(anchor.asText(), node);
        }
    }

    JsonNode byId(String id) {
        return byId.get(id);
    }

    JsonNode byName(String name) {
        return byName.get(name);
    }
}
