package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.DocumentMessages;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.List;
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
                Node entry = Node.at(tree(), name, map.value().get(name), JsonPointers.child(map.pointer(), name));
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
        return DocumentMessages.of(tree()).stream()
                .map(m -> new Node(DocumentMessages.name(m), m.node(), m.pointer()))
                .toList();
    }
}
