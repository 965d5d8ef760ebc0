package io.eventlens.lint.compat;

import io.eventlens.catalog.load.ParseLimits;

/**
 * How many {@code $ref}s one comparison of two schemas may follow, in both of them ({@link
 * ParseLimits#maxRefExpansions()}). A comparison follows a reference each time it meets one, so a schema whose
 * definitions each refer four times to the next, seven deep, makes 4^7 comparisons out of a few kilobytes; past the
 * limit the comparison stops with a {@link io.eventlens.catalog.load.LimitExceededException} naming it.
 */
final class RefBudget {

    private final ParseLimits limits;
    private int followed;

    RefBudget(ParseLimits limits) {
        this.limits = limits;
    }

    /** Counts one reference followed at {@code pointer} of the {@code label} schema. */
    void follow(String label, String pointer) {
        if (++followed > limits.maxRefExpansions()) {
            throw limits.exceeded(
                    ParseLimits.Limit.REF_EXPANSIONS,
                    followed,
                    "comparing the schemas, at '" + pointer + "' in the " + label + " schema");
        }
    }
}
