package io.eventlens.lint.diff;

import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.model.Channel;
import io.eventlens.catalog.model.ChannelBinding;
import io.eventlens.catalog.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Channels matched by address (their identity on the wire, the same in 2.x and 3.0), then their bindings. */
final class ChannelDiff {

    private ChannelDiff() {}

    static List<DocumentChange> diff(DocumentSide before, DocumentSide after) {
        Map<String, Channel> old = byAddress(before);
        Map<String, Channel> updated = byAddress(after);
        List<DocumentChange> changes = new ArrayList<>();
        List<Channel> added = new ArrayList<>();
        updated.forEach((address, channel) -> {
            if (old.containsKey(address)) {
                changes.addAll(bindings(old.get(address), after, channel));
            } else {
                added.add(channel);
            }
        });
        for (Channel removed : old.values()) {
            if (updated.containsKey(address(removed))) {
                continue;
            }
            Channel renamed = added.stream()
                    .filter(a -> sameContent(before, removed, after, a))
                    .findFirst()
                    .orElse(null);
            if (renamed != null) {
                added.remove(renamed);
                // placed where consumers lose it, like a removal; the new name is in the sentence
                changes.add(before.change(
                        ChangeType.CHANNEL_RENAMED,
                        Pointers.channel(removed.id()),
                        "channel '"
                                + address(removed) + "' was renamed to '" + address(renamed)
                                + "' with the same messages:"
                                + " subscribers of the old address receive nothing"));
            } else {
                changes.add(before.change(
                        ChangeType.CHANNEL_REMOVED,
                        Pointers.channel(removed.id()),
                        "channel '" + address(removed) + "' was removed: its producers and consumers lose it"));
            }
        }
        added.forEach(a -> changes.add(after.change(
                ChangeType.CHANNEL_ADDED, Pointers.channel(a.id()), "channel '" + address(a) + "' was added")));
        return changes;
    }

    static String address(Channel channel) {
        return channel.address() != null ? channel.address() : channel.id();
    }

    private static Map<String, Channel> byAddress(DocumentSide side) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        side.catalog().channels().forEach(c -> channels.putIfAbsent(address(c), c));
        return channels;
    }

    /** Same content: the same messages travel on it, through the same protocols. */
    private static boolean sameContent(DocumentSide before, Channel old, DocumentSide after, Channel updated) {
        TreeSet<String> oldMessages = messages(before, old);
        return !oldMessages.isEmpty()
                && oldMessages.equals(messages(after, updated))
                && protocols(old).equals(protocols(updated));
    }

    static TreeSet<String> messages(DocumentSide side, Channel channel) {
        TreeSet<String> keys = new TreeSet<>();
        side.catalog().operations().stream()
                .filter(o -> o.channel().equals(channel.id()))
                .map(Operation::messages)
                .forEach(keys::addAll);
        return keys;
    }

    private static TreeSet<String> protocols(Channel channel) {
        TreeSet<String> protocols = new TreeSet<>();
        channel.bindings().forEach(b -> protocols.add(b.protocol()));
        return protocols;
    }

    private static List<DocumentChange> bindings(Channel old, DocumentSide after, Channel updated) {
        List<DocumentChange> changes = new ArrayList<>();
        String at = Pointers.channel(updated.id()) + "/bindings/";
        for (ChannelBinding binding : old.bindings()) {
            ChannelBinding now = updated.bindings().stream()
                    .filter(b -> b.protocol().equals(binding.protocol()))
                    .findFirst()
                    .orElse(null);
            if (now == null) {
                changes.add(after.change(
                        ChangeType.BINDING_REMOVED,
                        Pointers.channel(updated.id()),
                        "the " + binding.protocol() + " binding of channel '" + address(updated) + "' was removed"));
            } else if (!Objects.equals(binding.destination(), now.destination())) {
                changes.add(after.change(
                        ChangeType.BINDING_TOPIC_CHANGED,
                        at + JsonPointers.escape(now.protocol()),
                        "the "
                                + now.protocol() + " destination of channel '" + address(updated) + "' changed from '"
                                + binding.destination() + "' to '" + now.destination()
                                + "': consumers still read the old one"));
            }
        }
        updated.bindings().stream()
                .filter(b -> old.bindings().stream().noneMatch(o -> o.protocol().equals(b.protocol())))
                .forEach(b -> changes.add(after.change(
                        ChangeType.BINDING_ADDED,
                        at + JsonPointers.escape(b.protocol()),
                        "a " + b.protocol() + " binding was added to channel '" + address(updated) + "'")));
        return changes;
    }
}
