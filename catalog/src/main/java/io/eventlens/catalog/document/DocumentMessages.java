package io.eventlens.catalog.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message object of a bundled 2.x or 3.x document, once each by where it really is: those under
 * {@code components/messages}, then in 3.x each channel's {@code messages}, in 2.x each channel's {@code publish}
 * and {@code subscribe} message. A message written as {@code oneOf} is replaced by its alternatives.
 */
public final class DocumentMessages {

    private static final int MAX_ONE_OF_DEPTH = 8;

    private DocumentMessages() {}

    /** The messages of {@code document} in document order, local {@code $ref}s followed. */
    public static List<Located> of(JsonNode document) {
        boolean v3 = document.path("asyncapi").asText("").startsWith("3.");
        Map<String, Located> found = new LinkedHashMap<>();
        Located root = Located.root(document);
        entries(document, root.child(document, "components"), "messages")
                .forEach(message -> add(document, message, found, 0));
        for (Located channel : entries(document, root, "channels")) {
            if (v3) {
                entries(document, channel, "messages").forEach(message -> add(document, message, found, 0));
            } else {
                for (String verb : List.of("publish", "subscribe")) {
                    Located operation = channel.child(document, verb);
                    add(document, operation == null ? null : operation.child(document, "message"), found, 0);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * A message's name for people: its {@code name}, else its {@code messageId}, else the last token of its pointer.
     */
    public static String name(Located message) {
        if (!message.text("name").isEmpty()) {
            return message.text("name");
        }
        return message.text("messageId").isEmpty() ? JsonPointers.last(message.pointer()) : message.text("messageId");
    }

    /** Each object-valued member of {@code parent}'s object-valued {@code field}, references followed. */
    public static List<Located> entries(JsonNode document, Located parent, String field) {
        Located map = parent == null ? null : parent.child(document, field);
        List<Located> entries = new ArrayList<>();
        if (map != null && map.node().isObject()) {
            map.node().fieldNames().forEachRemaining(name -> {
                Located entry = map.child(document, name);
                if (entry != null && entry.node().isObject()) {
                    entries.add(entry);
                }
            });
        }
        return entries;
    }

    private static void add(JsonNode document, Located message, Map<String, Located> found, int depth) {
        if (message == null || !message.node().isObject()) {
            return;
        }
        JsonNode oneOf = message.node().get("oneOf");
        if (oneOf != null && oneOf.isArray() && depth < MAX_ONE_OF_DEPTH) {
            Located alternatives = message.child(document, "oneOf");
            for (int i = 0; i < oneOf.size(); i++) {
                add(document, alternatives.item(document, i), found, depth + 1);
            }
        } else {
            found.putIfAbsent(message.pointer(), message);
        }
    }
}
