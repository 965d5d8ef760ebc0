package io.eventlens.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads AsyncAPI 3.x: operations name their channel and messages by local {@code $ref}. */
final class V3Reader extends CommonReader {

    V3Reader(JsonNode tree, String document) {
        super(tree, document);
    }

    Parts read() {
        Parts parts = new Parts();
        parts.services.add(service);
        JsonNode channels = doc.get(doc.root(), "channels");
        for (Map.Entry<String, JsonNode> entry : V2Reader.iterable(channels)) {
            JsonNode channel = doc.deref(entry.getValue());
            String address = DocView.text(channel, "address");
            parts.channels.add(new Channel(
                    entry.getKey(),
                    address,
                    DocView.text(channel, "description"),
                    bindings(channel, address != null ? address : entry.getKey()),
                    document));
            for (Map.Entry<String, JsonNode> m : V2Reader.iterable(doc.get(channel, "messages"))) {
                Message read = message(m.getValue(), m.getKey());
                parts.messages.putIfAbsent(read.key(), read);
            }
        }
        for (Map.Entry<String, JsonNode> entry : V2Reader.iterable(doc.get(doc.root(), "operations"))) {
            operation(parts, entry.getKey(), doc.deref(entry.getValue()), channels);
        }
        classify(parts);
        return parts;
    }

    private void operation(Parts parts, String id, JsonNode operation, JsonNode channels) {
        Action action = "send".equals(DocView.text(operation, "action")) ? Action.SEND : Action.RECEIVE;
        JsonNode channelRef = operation.get("channel");
        String channelId = CommonReader.firstNonNull(DocView.refName(channelRef), "?");
        List<String> keys = new ArrayList<>();
        JsonNode listed = operation.get("messages");
        if (listed != null && listed.isArray() && !listed.isEmpty()) {
            for (JsonNode ref : listed) {
                String[] path = pathOf(ref);
                JsonNode raw = path != null
                        ? doc.get(channels, path[0]).path("messages").get(path[1])
                        : ref;
                keys.add(message(raw, path != null ? path[1] : id + ".message").key());
            }
        } else {
            doc.get(doc.deref(channelRef), "messages")
                    .fields()
                    .forEachRemaining(
                            m -> keys.add(message(m.getValue(), m.getKey()).key()));
        }
        parts.operations.add(
                new Operation(id, action, service.id(), channelId, keys, DocView.text(operation, "summary")));
    }

    /** {@code [channel, message]} of a {@code #/channels/c/messages/m} reference, else null. */
    private static String[] pathOf(JsonNode ref) {
        String text = DocView.text(ref, "$ref");
        if (text == null || !text.startsWith("#/channels/")) {
            return null;
        }
        String[] tokens = text.substring("#/channels/".length()).split("/");
        if (tokens.length != 3 || !tokens[1].equals("messages")) {
            return null;
        }
        return new String[] {JsonPointers.refToken(tokens[0]), JsonPointers.refToken(tokens[2])};
    }
}
