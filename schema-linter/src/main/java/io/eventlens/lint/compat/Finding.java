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

    /**
     * One line for people: version, direction, pointer and the explanation. A forward finding says that its
     * explanation reads with the roles swapped (its "new" schema is the earlier version, its "old" data the newest
     * version's), since the explanation is the backward comparison's.
     */
    public String describe() {
        String line = "against version " + (earlierVersion + 1) + " ("
                + direction.name().toLowerCase() + ") " + change.kind() + " at '" + change.pointer() + "': "
                + change.explanation();
        return direction == Direction.FORWARD
                ? line + " (Forward: read 'new' as version " + (earlierVersion + 1)
                        + ", which consumers still use, and 'old' as the newest version, whose data they must read.)"
                : line;
    }
}
