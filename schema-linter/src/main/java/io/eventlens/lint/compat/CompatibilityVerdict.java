package io.eventlens.lint.compat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

    /** Every change found, breaking or not, in the order found; none when the versions could not be compared. */
    List<Finding> findings();

    /** The changes that break under the policy, a subset of {@link #findings()}; none unless incompatible. */
    List<Finding> breaking();

    /**
     * Whether {@code finding}, one of {@link #findings()}, breaks under the policy. To ask for every finding, use
     * {@link #breakingTest()}: this searches the list each time.
     */
    default boolean breaks(Finding finding) {
        return breaking().contains(finding);
    }

    /** {@link #breaks} as a test built once, so that asking it for every finding costs as much as the findings. */
    default Predicate<Finding> breakingTest() {
        Set<Finding> breaking = new HashSet<>(breaking());
        return breaking::contains;
    }

    /** Whether every breaking change passes under LENIENT, so STRICT alone decided; false when nothing breaks. */
    default boolean strictOnly() {
        return false;
    }

    /** For a STRICT-only break, how to make the change acceptable; empty otherwise. */
    default String remedy() {
        return "";
    }

    /** One paragraph for people: the outcome, the policy that decided it and what to do. */
    String summary();
}
