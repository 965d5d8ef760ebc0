package io.eventlens.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads AsyncAPI 2.x. The operation verbs are from the client's point of view: {@code subscribe}
 * means clients subscribe, so the documented application SENDS; {@code publish} means it RECEIVES.
 */
final class V2Reader extends CommonReader {

    V2Reader(JsonNode tree, String document) {
        super(tree, document);
    }

    Parts read() {
        Parts parts = new Parts();
        parts.services.add(service);
        for (Map.Entry<String, JsonNode> entry : iterable(doc.get(doc.root(), "channels"))) {
            String name = entry.getKey();
            JsonNode item = doc.deref(entry.getValue());
            parts.channels.add(
                    new Channel(name, name, DocView.text(item, "description"), bindings(item, name), document));
            operation(parts, name, doc.get(item, "subscribe"), "subscribe", Action.SEND);
            operation(parts, name, doc.get(item, "publish"), "publish", Action.RECEIVE);
        }
        classify(parts);
        return parts;
    }

    private void operation(Parts parts, String channel, JsonNode operation, String verb, Action action) {
        if (!operation.isObject()) {
            return;
        }
        String id = CommonReader.firstNonNull(DocView.text(operation, "operationId"), channel + "#" + verb);
        List<String> keys = new ArrayList<>();
        JsonNode message = operation.get("message");
        JsonNode resolved = doc.deref(message);
        List<JsonNode> candidates = new ArrayList<>();
        if (resolved.has("oneOf") && resolved.get("oneOf").isArray()) {
            resolved.get("oneOf").forEach(candidates::add);
        } else if (message != null) {
            candidates.add(message);
        }
        for (int i = 0; i < candidates.size(); i++) {
            Message read = message(candidates.get(i), id + (candidates.size() > 1 ? "." + i : "") + ".message");
            parts.messages.putIfAbsent(read.key(), read);
            keys.add(read.key());
        }
        parts.operations.add(
                new Operation(id, action, service.id(), channel, keys, DocView.text(operation, "summary")));
    }

    static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
