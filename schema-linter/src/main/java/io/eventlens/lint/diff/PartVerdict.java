package io.eventlens.lint.diff;

import static java.util.Objects.requireNonNull;

import io.eventlens.lint.compat.CompatibilityVerdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on a message's payload or headers over its versions, and the same as the CLI reports it.
 *
 * @param part     {@code payload} or {@code headers}
 * @param pointer  JSON Pointer of the part in the newest version's document; the findings' pointers are relative to it
 * @param verdict  the compatibility engine's verdict on the part's schemas (compatible without findings when they are
 *                 the same); not comparable, naming why, when the schemas were not compared because their language
 *                 changed or is one EventLens does not read
 * @param changes  the changes the CLI reports for the part, placed in the newest version's document
 */
public record PartVerdict(String part, String pointer, CompatibilityVerdict verdict, List<DocumentChange> changes) {

    public PartVerdict {
        requireNonNull(part, "part");
        requireNonNull(pointer, "pointer");
        requireNonNull(verdict, "verdict");
        changes = List.copyOf(changes);
    }

    /** As the CLI exits on it: 2 when the schemas could not be compared, 1 when a change breaks, else 0. */
    public int exitCode() {
        if (changes.stream().anyMatch(c -> c.type() == ChangeType.SCHEMA_NOT_COMPARABLE)) {
            return 2;
        }
        return changes.stream().anyMatch(DocumentChange::breaking) ? 1 : 0;
    }

    /** The same verdict with {@code earlier} changes (edits of the schema format) reported first. */
    PartVerdict after(List<DocumentChange> earlier) {
        if (earlier.isEmpty()) {
            return this;
        }
        List<DocumentChange> all = new ArrayList<>(earlier);
        all.addAll(changes);
        return new PartVerdict(part, pointer, verdict, all);
    }
}
