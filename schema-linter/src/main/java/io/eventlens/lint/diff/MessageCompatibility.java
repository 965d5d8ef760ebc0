package io.eventlens.lint.diff;

import io.eventlens.catalog.model.Message;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks every message of the newest of several AsyncAPI documents against its versions in the earlier ones (oldest
 * first), payload and headers, under one mode and policy, naming the services that receive it.
 *
 * <p>Unlike {@code ConsumerImpact}, versions here are the documents given, not the messages' schema versions: a
 * pull request that edits a payload without bumping {@code info.version} is still checked.
 */
public final class MessageCompatibility {

    private final MessageSchemas schemas;

    public MessageCompatibility(Mode mode, Policy policy) {
        Objects.requireNonNull(mode, "mode");
        this.schemas = new MessageSchemas(new SchemaCompare(mode, new CompatibilityChecker(policy)));
    }

    /** The changes of each message of the last document; a message new in it has nothing to break. */
    public List<DocumentChange> check(List<DocumentSide> oldestFirst) {
        List<DocumentChange> changes = new ArrayList<>();
        DocumentSide newest = oldestFirst.get(oldestFirst.size() - 1);
        for (Message message : newest.catalog().messages()) {
            List<DocumentSide> sides = new ArrayList<>();
            List<Message> versions = new ArrayList<>();
            List<String> consumers = new ArrayList<>();
            for (DocumentSide side : oldestFirst) {
                side.catalog().messages().stream()
                        .filter(m -> m.key().equals(message.key()))
                        .findFirst()
                        .ifPresent(m -> {
                            sides.add(side);
                            versions.add(m);
                        });
                OperationDiff.receivers(side, message.key()).stream()
                        .filter(s -> !consumers.contains(s))
                        .forEach(consumers::add);
            }
            String at = Pointers.message(newest, message.key());
            changes.addAll(schemas.compare(sides, versions, at, consumers));
        }
        return changes;
    }
}
