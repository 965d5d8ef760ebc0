package io.eventlens.lint.compat;

/** What a change does to readers in one direction, under each policy. */
public enum Effect {
    /** Compatible under both policies. */
    SAFE,
    /** Breaking under both policies. */
    BREAKS,
    /** Breaking under {@link Policy#STRICT}, compatible under {@link Policy#LENIENT}. */
    STRICT_ONLY;

    /** Whether a change with this effect is compatible under the policy. */
    public boolean compatibleUnder(Policy policy) {
        return this == SAFE || (this == STRICT_ONLY && policy == Policy.LENIENT);
    }
}
