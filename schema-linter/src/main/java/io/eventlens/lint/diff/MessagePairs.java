package io.eventlens.lint.diff;

import io.eventlens.catalog.model.Message;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which new message each old one is. Messages are the same when their keys are, except anonymous ones: a message
 * without name, messageId or reference is keyed by its position among its operation's messages, so inserting one
 * shifts the others. Those pair by content first (same payload and headers), then by position.
 */
final class MessagePairs {

    private MessagePairs() {}

    /** Old key to the new message it is; old messages missing from the map are gone (removed or renamed). */
    static Map<String, Message> pair(Map<String, Message> old, Map<String, Message> updated) {
        Map<String, Message> pairs = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Message message : old.values()) {
            if (positional(message) && !MessageDiff.sameContent(message, updated.get(message.key()))) {
                updated.values().stream()
                        .filter(n -> positional(n)
                                && !taken.contains(n.key())
                                && !MessageDiff.sameContent(old.get(n.key()), n)
                                && MessageDiff.sameContent(message, n))
                        .findFirst()
                        .ifPresent(n -> {
                            pairs.put(message.key(), n);
                            taken.add(n.key());
                        });
            }
        }
        for (Message message : old.values()) {
            Message now = updated.get(message.key());
            if (!pairs.containsKey(message.key()) && now != null && taken.add(now.key())) {
                pairs.put(message.key(), now);
            }
        }
        return pairs;
    }

    /** Keyed by its position: no name of its own (the catalog then keys it {@code <operation>[.<index>].message}). */
    private static boolean positional(Message message) {
        return message.name() == null && message.key().endsWith(".message");
    }
}
