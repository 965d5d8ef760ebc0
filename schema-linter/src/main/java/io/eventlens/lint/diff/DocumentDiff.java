package io.eventlens.lint.diff;

import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.Draft;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two AsyncAPI documents (2.x or 3.0, in any mix) through the catalog model: channels, operations and
 * messages added, removed or renamed, binding changes, and payloads and headers through the compatibility engine
 * under one mode and policy. Parser noise ({@code x-parser-*}) is ignored; an {@code info.version} edit is reported
 * as not breaking.
 *
 * <pre>{@code
 * List<DocumentChange> changes = new DocumentDiff(Mode.FULL, Policy.STRICT)
 *         .diff(DocumentSide.of(oldDocument), DocumentSide.of(newDocument));
 * }</pre>
 */
public final class DocumentDiff {

    private final MessageDiff messages;

    public DocumentDiff(Mode mode, Policy policy) {
        this(mode, new CompatibilityChecker(policy));
    }

    /** As {@link #DocumentDiff(Mode, Policy)}, reading a JSON Schema whose document names no draft as {@code draft}. */
    public DocumentDiff(Mode mode, Policy policy, Draft draft) {
        this(mode, new CompatibilityChecker(policy).assuming(draft));
    }

    /** The diff with {@code checker}'s policy, assumed draft and limits (Avro schemas read by the same). */
    public DocumentDiff(Mode mode, CompatibilityChecker checker) {
        Objects.requireNonNull(mode, "mode");
        this.messages = new MessageDiff(new MessageSchemas(new SchemaCompare(mode, checker)));
    }

    /** Every change from {@code before} to {@code after}, breaking or not. */
    public List<DocumentChange> diff(DocumentSide before, DocumentSide after) {
        List<DocumentChange> changes = new ArrayList<>();
        String oldVersion = before.tree().path("info").path("version").asText("");
        String newVersion = after.tree().path("info").path("version").asText("");
        if (!oldVersion.equals(newVersion)) {
            changes.add(after.change(
                    ChangeType.INFO_VERSION_CHANGED,
                    "/info/version",
                    "info.version changed from '" + oldVersion + "' to '" + newVersion
                            + "': a label for people, not a contract change"));
        }
        changes.addAll(ServerDiff.diff(before, after));
        changes.addAll(ChannelDiff.diff(before, after));
        changes.addAll(OperationDiff.diff(before, after));
        changes.addAll(messages.diff(before, after));
        return changes;
    }
}
