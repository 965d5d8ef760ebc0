package io.eventlens.lint.compat;

import java.util.Objects;

/**
 * A change found while checking the newest version against one earlier version.
 *
 * @param earlierVersion index (0 = oldest) of the earlier version it was compared with
 * @param direction      {@link Direction#BACKWARD}: the change as seen from the earlier version to the
 *                       newest; {@link Direction#FORWARD}: the backward comparison with the two swapped, so
 *                       "old" in the change means the newest version and "new" the earlier one
 * @param change         the change
 */
public record Finding(int earlierVersion, Direction direction, SchemaChange change) {

    public Finding {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(change, "change");
    }

    /** One line for people: version, direction, pointer and the explanation. */
    public String describe() {
        return "against version " + (earlierVersion + 1) + " (" + direction.name().toLowerCase() + ") "
                + change.kind() + " at '" + change.pointer() + "': " + change.explanation();
    }
}
