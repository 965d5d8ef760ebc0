package io.eventlens.lint.compat;

/**
 * The outcome of a compatibility check: a closed set of three cases. Callers use {@link #kind()} for
 * exhaustive switches (Java 17 has no pattern switch) and {@link #exitCode()} for the CLI.
 */
public sealed interface CompatibilityVerdict permits Compatible, Incompatible, NotComparable {

    /** The three cases, for exhaustive switches. */
    enum Kind {
        COMPATIBLE,
        INCOMPATIBLE,
        NOT_COMPARABLE
    }

    /** Which case this is. */
    Kind kind();

    /** The CLI exit code: 0 compatible, 1 breaking changes, 2 input that could not be compared. */
    int exitCode();

    /** One paragraph for people: the outcome, the policy that decided it and what to do. */
    String summary();
}
