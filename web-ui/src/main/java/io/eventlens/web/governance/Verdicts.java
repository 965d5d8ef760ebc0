package io.eventlens.web.governance;

import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Finding;
import io.eventlens.lint.compat.NotComparable;
import io.eventlens.lint.diff.MessageVerdict;
import io.eventlens.lint.diff.PartVerdict;
import java.util.List;
import java.util.function.Predicate;

/** Reading verdicts uniformly: each finding with the part it is in and whether it breaks. */
final class Verdicts {

    /**
     * One change of a verdict, as shown and as answered by the API.
     *
     * @param part            {@code payload} or {@code headers} of a message; empty for schema versions
     * @param documentPointer where the change is in the candidate document (as the CLI reports it); the finding's
     *                        own pointer for schema versions
     */
    record Row(String part, String documentPointer, Finding finding, boolean breaking) {}

    private Verdicts() {}

    static List<Row> rows(CompatibilityVerdict verdict) {
        Predicate<Finding> breaks = verdict.breakingTest();
        return verdict.findings().stream()
                .map(f -> new Row("", f.change().pointer(), f, breaks.test(f)))
                .toList();
    }

    static List<Row> rows(MessageVerdict message) {
        return message.parts().stream().flatMap(p -> rows(p).stream()).toList();
    }

    private static List<Row> rows(PartVerdict part) {
        CompatibilityVerdict verdict = part.verdict();
        Predicate<Finding> breaks = verdict.breakingTest();
        return verdict.findings().stream()
                .map(f -> new Row(part.part(), part.pointer() + f.change().pointer(), f, breaks.test(f)))
                .toList();
    }

    static String label(CompatibilityVerdict.Kind kind) {
        return switch (kind) {
            case COMPATIBLE -> "Compatible";
            case INCOMPATIBLE -> "Breaking";
            case NOT_COMPARABLE -> "Not comparable";
        };
    }

    /** The reason a verdict could not be reached, or null. */
    static String notComparableReason(CompatibilityVerdict verdict) {
        return verdict instanceof NotComparable problem ? problem.reason() : null;
    }

    /** Why a message's schemas were not compared (its first part that was not), or null. */
    static String notComparableReason(MessageVerdict message) {
        return message.parts().stream()
                .map(p -> notComparableReason(p.verdict()))
                .filter(r -> r != null)
                .findFirst()
                .orElse(null);
    }
}
