package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.model.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages matched by key (anonymous ones by content first, see {@link MessagePairs}): removed, added, renamed (same
 * payload and headers), and their schemas compared.
 */
final class MessageDiff {

    private final MessageSchemas schemas;

    MessageDiff(MessageSchemas schemas) {
        this.schemas = schemas;
    }

    List<DocumentChange> diff(DocumentSide before, DocumentSide after) {
        Map<String, Message> old = byKey(before);
        Map<String, Message> updated = byKey(after);
        Map<String, Message> pairs = MessagePairs.pair(old, updated);
        List<Message> added = new ArrayList<>(updated.values());
        added.removeAll(pairs.values());
        List<DocumentChange> changes = new ArrayList<>();
        for (Message message : old.values()) {
            Message now = pairs.get(message.key());
            if (now != null) {
                changes.addAll(changed(before, message, after, now));
                continue;
            }
            Message renamed = added.stream()
                    .filter(a -> sameContent(message, a))
                    .findFirst()
                    .orElse(null);
            List<String> consumers = OperationDiff.receivers(before, message.key());
            if (renamed != null) {
                added.remove(renamed);
                changes.add(before.change(
                        ChangeType.MESSAGE_RENAMED,
                        true,
                        Pointers.message(before, message.key()),
                        "message '" + message.key() + "' was renamed to '" + renamed.key() + "' with the same payload"
                                + " and headers: consumers that dispatch on its name no longer recognise it",
                        consumers));
            } else {
                changes.add(before.change(
                        ChangeType.MESSAGE_REMOVED,
                        true,
                        Pointers.message(before, message.key()),
                        "message '" + message.key() + "' was removed: its consumers no longer get it",
                        consumers));
            }
        }
        added.forEach(a -> changes.add(after.change(
                ChangeType.MESSAGE_ADDED, Pointers.message(after, a.key()), "message '" + a.key() + "' was added")));
        return changes;
    }

    private List<DocumentChange> changed(DocumentSide before, Message old, DocumentSide after, Message now) {
        List<String> consumers = new ArrayList<>(OperationDiff.receivers(before, old.key()));
        OperationDiff.receivers(after, now.key()).stream()
                .filter(s -> !consumers.contains(s))
                .forEach(consumers::add);
        String at = Pointers.message(after, now.key());
        List<DocumentChange> changes =
                new ArrayList<>(schemas.compare(List.of(before, after), List.of(old, now), at, consumers));
        String oldType = contentType(before, old);
        String newType = contentType(after, now);
        if (oldType != null && newType != null && !oldType.equalsIgnoreCase(newType)) {
            String where = now.contentType() != null ? at + "/contentType" : "/defaultContentType";
            changes.add(after.change(
                    ChangeType.MESSAGE_CONTENT_TYPE_CHANGED,
                    true,
                    where,
                    "the content type"
                            + " of message '" + now.key() + "' changed from '" + oldType + "' to '" + newType
                            + "': consumers"
                            + " deserialise its payload the old way",
                    consumers));
        }
        JsonNode oldKey = kafkaKey(before, old);
        JsonNode newKey = kafkaKey(after, now);
        if (!Noise.same(oldKey, newKey)) {
            changes.add(after.change(
                    ChangeType.BINDING_KEY_CHANGED,
                    true,
                    at + "/bindings/kafka/key",
                    "the Kafka key of"
                            + " message '" + now.key() + "' changed from " + text(oldKey) + " to " + text(newKey)
                            + ": partitioning and ordering per key change, and consumers reading the key break",
                    consumers));
        }
        return changes;
    }

    /** The message's own content type, else the document's default; null when neither is given. */
    private static String contentType(DocumentSide side, Message message) {
        return message.contentType() != null
                ? message.contentType()
                : side.tree().path("defaultContentType").textValue();
    }

    private static JsonNode kafkaKey(DocumentSide side, Message message) {
        String at = Pointers.message(side, message.key());
        JsonNode key = at.isEmpty()
                ? null
                : side.tree().at(at).path("bindings").path("kafka").get("key");
        return key == null || key.isNull() ? null : key;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "(none)";
        }
        String text = Noise.strip(node).toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    static boolean sameContent(Message old, Message updated) {
        return old != null
                && updated != null
                && old.payload() != null
                && Noise.same(old.payload(), updated.payload())
                && Noise.same(old.headers(), updated.headers());
    }

    private static Map<String, Message> byKey(DocumentSide side) {
        Map<String, Message> messages = new LinkedHashMap<>();
        side.catalog().messages().forEach(m -> messages.putIfAbsent(m.key(), m));
        return messages;
    }
}
