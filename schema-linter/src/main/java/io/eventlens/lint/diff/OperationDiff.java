package io.eventlens.lint.diff;

import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Operations matched by id; one that disappears while another appears with the same action, channel and messages was
 * renamed.
 */
final class OperationDiff {

    private OperationDiff() {}

    static List<DocumentChange> diff(DocumentSide before, DocumentSide after) {
        Map<String, Operation> old = byId(before);
        Map<String, Operation> updated = byId(after);
        List<Operation> added = new ArrayList<>(updated.values());
        added.removeIf(o -> old.containsKey(o.id()));
        List<DocumentChange> changes = new ArrayList<>();
        for (Operation removed : old.values()) {
            if (updated.containsKey(removed.id())) {
                continue;
            }
            Operation renamed = added.stream()
                    .filter(a -> sameContent(before, removed, after, a))
                    .findFirst()
                    .orElse(null);
            if (renamed != null) {
                added.remove(renamed);
                changes.add(after.change(
                        ChangeType.OPERATION_RENAMED,
                        Pointers.operation(after, renamed),
                        "operation '"
                                + removed.id() + "' was renamed to '" + renamed.id()
                                + "'; the same messages flow on the same"
                                + " channel, so nothing changes on the wire (generated code gets a new method name)"));
            } else {
                changes.add(before.change(
                        ChangeType.OPERATION_REMOVED,
                        Pointers.operation(before, removed),
                        "operation '"
                                + removed.id() + "' (" + removed.action().name().toLowerCase(Locale.ROOT)
                                + " on '"
                                + address(before, removed) + "') was removed"));
            }
        }
        added.forEach(a -> changes.add(after.change(
                ChangeType.OPERATION_ADDED, Pointers.operation(after, a), "operation '" + a.id() + "' was added")));
        return changes;
    }

    private static Map<String, Operation> byId(DocumentSide side) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        side.catalog().operations().forEach(o -> operations.putIfAbsent(o.id(), o));
        return operations;
    }

    private static boolean sameContent(DocumentSide before, Operation old, DocumentSide after, Operation updated) {
        return old.action() == updated.action()
                && Objects.equals(address(before, old), address(after, updated))
                && new TreeSet<>(old.messages()).equals(new TreeSet<>(updated.messages()));
    }

    /** The operation's channel address (a 3.0 operation names the channel's key, a 2.x one its address). */
    static String address(DocumentSide side, Operation operation) {
        return side.catalog().channels().stream()
                .filter(c -> c.id().equals(operation.channel()))
                .map(ChannelDiff::address)
                .findFirst()
                .orElse(operation.channel());
    }

    static List<String> receivers(DocumentSide side, String messageKey) {
        return side.catalog().servicesThat(Action.RECEIVE, messageKey);
    }
}
