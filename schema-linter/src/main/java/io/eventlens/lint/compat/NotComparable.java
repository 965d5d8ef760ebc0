package io.eventlens.lint.compat;

import java.util.List;
import java.util.Objects;

/**
 * The versions could not be compared (bad or hostile input); nothing is said about compatibility.
 *
 * @param reason         what was wrong, naming the value and what is allowed
 * @param pointer        JSON Pointer of the offending value ("" for a document root)
 * @param earlierVersion index of the earlier version being compared when it happened, or -1
 */
public record NotComparable(String reason, String pointer, int earlierVersion) implements CompatibilityVerdict {

    public NotComparable {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** None: nothing was compared. */
    @Override
    public List<Finding> findings() {
        return List.of();
    }

    /** None: nothing was compared. */
    @Override
    public List<Finding> breaking() {
        return List.of();
    }

    @Override
    public Kind kind() {
        return Kind.NOT_COMPARABLE;
    }

    @Override
    public int exitCode() {
        return 2;
    }

    @Override
    public String summary() {
        String where = earlierVersion >= 0 ? " (comparing version " + (earlierVersion + 1) + " with the newest)" : "";
        return "NOT COMPARABLE" + where + ": " + reason;
    }
}
