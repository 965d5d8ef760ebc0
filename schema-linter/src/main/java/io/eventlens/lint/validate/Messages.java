package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every message object of a bundled 2.x or 3.x document, once each, with its pointer. */
final class Messages {

    private Messages() {}

    static List<Located> of(JsonNode document, boolean v3) {
        Map<String, Located> found = new LinkedHashMap<>();
        Located root = new Located(document, "");
        each(document, root.child(document, "components"), "messages", found);
        Located channels = root.child(document, "channels");
        if (channels != null) {
            channels.node().fieldNames().forEachRemaining(name -> {
                Located channel = channels.child(document, name);
                if (channel == null) {
                    return;
                }
                if (v3) {
                    each(document, channel, "messages", found);
                } else {
                    for (String verb : List.of("publish", "subscribe")) {
                        Located operation = channel.child(document, verb);
                        Located message = operation == null ? null : operation.child(document, "message");
                        addWithOneOf(document, message, found);
                    }
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    private static void each(JsonNode document, Located parent, String field, Map<String, Located> found) {
        Located map = parent == null ? null : parent.child(document, field);
        if (map != null && map.node().isObject()) {
            map.node().fieldNames().forEachRemaining(name -> addWithOneOf(document, map.child(document, name), found));
        }
    }

    private static void addWithOneOf(JsonNode document, Located message, Map<String, Located> found) {
        if (message == null || !message.node().isObject()) {
            return;
        }
        JsonNode oneOf = message.node().get("oneOf");
        if (oneOf != null && oneOf.isArray()) {
            for (int i = 0; i < oneOf.size(); i++) {
                Located each = Located.follow(document, oneOf.get(i), message.pointer() + "/oneOf/" + i);
                if (each != null && each.node().isObject()) {
                    found.putIfAbsent(each.pointer(), each);
                }
            }
        } else {
            found.putIfAbsent(message.pointer(), message);
        }
    }
}
