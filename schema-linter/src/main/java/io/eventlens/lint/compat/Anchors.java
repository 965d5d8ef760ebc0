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
    private final Map<String, Integer> dynamicAnchors = new HashMap<>();
    private final JsonNode root;
    private int embeddedResources;

    Anchors(JsonNode root) {
        this.root = root;
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
                if (node != root && !value.startsWith("#")) {
                    embeddedResources++;
                }
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
        JsonNode dynamic = node.get("$dynamicAnchor");
        if (dynamic != null && dynamic.isTextual()) {
            byName.putIfAbsent(dynamic.asText(), node);
            dynamicAnchors.merge(dynamic.asText(), 1, Integer::sum);
        }
    }

    /** How many schemas of the document declare this {@code $dynamicAnchor}. */
    int dynamicAnchors(String name) {
        return dynamicAnchors.getOrDefault(name, 0);
    }

    /** How many schemas below the root start a resource of their own (an {@code $id} that is not a fragment). */
    int embeddedResources() {
        return embeddedResources;
    }

    JsonNode byId(String id) {
        return byId.get(id);
    }

    JsonNode byName(String name) {
        return byName.get(name);
    }
}
