package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A loaded document as the rules see it: its bundled tree, its messages, channels and operations, and the options. */
public final class LintDocument {

    private final LoadedDocument loaded;
    private final LintConfig config;
    private final Node root;

    LintDocument(LoadedDocument loaded, LintConfig config) {
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.config = Objects.requireNonNull(config, "config");
        this.root = new Node("", loaded.tree(), "");
    }

    JsonNode tree() {
        return loaded.tree();
    }

    Node root() {
        return root;
    }

    boolean v3() {
        return loaded.version().startsWith("3.");
    }

    LintConfig config() {
        return config;
    }

    LoadedDocument loaded() {
        return loaded;
    }

    /** Each entry of an object-valued field, references followed. */
    List<Node> entries(Node parent, String field) {
        Node map = parent == null ? null : parent.child(tree(), field);
        List<Node> entries = new ArrayList<>();
        if (map != null && map.value().isObject()) {
            map.value().fieldNames().forEachRemaining(name -> {
                Node entry = Node.at(tree(), name, map.value().get(name), map.pointer() + "/" + Node.escape(name));
                if (entry != null && entry.value().isObject()) {
                    entries.add(entry);
                }
            });
        }
        return entries;
    }

    List<Node> channels() {
        return entries(root, "channels");
    }

    /** 3.x: the root operations; 2.x: each channel's publish and subscribe. */
    List<Node> operations() {
        if (v3()) {
            return entries(root, "operations");
        }
        List<Node> operations = new ArrayList<>();
        for (Node channel : channels()) {
            for (String verb : List.of("publish", "subscribe")) {
                Node operation = channel.child(tree(), verb);
                if (operation != null && operation.value().isObject()) {
                    operations.add(operation);
                }
            }
        }
        return operations;
    }

    /** Every message object once (by where it really is), named by its name, messageId or key. */
    List<Node> messages() {
        Map<String, Node> found = new LinkedHashMap<>();
        Node components = root.child(tree(), "components");
        entries(components, "messages").forEach(m -> addMessage(m, found));
        if (v3()) {
            channels().forEach(channel -> entries(channel, "messages").forEach(m -> addMessage(m, found)));
        } else {
            for (Node operation : operations()) {
                Node message = operation.child(tree(), "message");
                if (message != null && message.value().isObject()) {
                    addMessage(new Node(message.name(), message.value(), message.pointer()), found);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private void addMessage(Node message, Map<String, Node> found) {
        JsonNode oneOf = message.value().get("oneOf");
        if (oneOf != null && oneOf.isArray()) {
            for (int i = 0; i < oneOf.size(); i++) {
                Node each = message.child(tree(), "oneOf") == null
                        ? null
                        : message.child(tree(), "oneOf").item(tree(), i);
                if (each != null && each.value().isObject()) {
                    addMessage(each, found);
                }
            }
            return;
        }
        String name = !message.text("name").isEmpty()
                ? message.text("name")
                : !message.text("messageId").isEmpty() ? message.text("messageId") : message.name();
        found.putIfAbsent(message.pointer(), new Node(name, message.value(), message.pointer()));
    }
}
