package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.model.Operation;
import java.util.Iterator;
import java.util.Map;

/** Where channels, operations and messages of the catalog model sit in a 2.x or 3.0 document. */
final class Pointers {

    private Pointers() {}

    static String channel(String id) {
        return "/channels/" + JsonPointers.escape(id);
    }

    static String operation(DocumentSide side, Operation operation) {
        if (side.v3()) {
            return "/operations/" + JsonPointers.escape(operation.id());
        }
        JsonNode item = side.tree().path("channels").path(operation.channel());
        for (String verb : new String[] {"publish", "subscribe"}) {
            JsonNode op = item.path(verb);
            if (op.isObject()
                    && (operation.id().equals(op.path("operationId").asText(null))
                            || operation.id().equals(operation.channel() + "#" + verb))) {
                return channel(operation.channel()) + "/" + verb;
            }
        }
        return channel(operation.channel());
    }

    /** The message's own object: under components when it is there, else where a channel or operation holds it. */
    static String message(DocumentSide side, String key) {
        JsonNode components = side.tree().path("components").path("messages");
        if (components.has(key)) {
            return "/components/messages/" + JsonPointers.escape(key);
        }
        JsonNode channels = side.tree().path("channels");
        for (Iterator<Map.Entry<String, JsonNode>> it = channels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> channel = it.next();
            if (channel.getValue().path("messages").has(key)) {
                return channel(channel.getKey()) + "/messages/" + JsonPointers.escape(key);
            }
            for (String verb : new String[] {"publish", "subscribe"}) {
                JsonNode operation = channel.getValue().path(verb);
                JsonNode message = operation.path("message");
                String id = operation.path("operationId").asText(channel.getKey() + "#" + verb);
                String at = channel(channel.getKey()) + "/" + verb + "/message";
                if (named(message, key) || key.equals(id + ".message")) {
                    return at;
                }
                for (int i = 0; i < message.path("oneOf").size(); i++) {
                    if (named(message.path("oneOf").path(i), key) || key.equals(id + "." + i + ".message")) {
                        return at + "/oneOf/" + i;
                    }
                }
            }
        }
        return "";
    }

    private static boolean named(JsonNode message, String key) {
        return key.equals(message.path("name").asText(null))
                || key.equals(message.path("messageId").asText(null));
    }

    static JsonNode at(DocumentSide side, String pointer) {
        return pointer.isEmpty() ? MissingNode.getInstance() : side.tree().at(pointer);
    }
}
