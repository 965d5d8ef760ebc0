package io.eventlens.web.governance;

import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Compatible;
import io.eventlens.lint.compat.Finding;
import io.eventlens.lint.compat.Incompatible;
import io.eventlens.lint.compat.NotComparable;
import java.util.List;

/** Reading a verdict's findings uniformly, each with whether it breaks. */
final class Verdicts {

    /** One change of a verdict, as shown and as answered by the API. */
    record Row(Finding finding, boolean breaking) {}

    private Verdicts() {}

    static List<Row> rows(CompatibilityVerdict verdict) {
        return switch (verdict.kind()) {
            case COMPATIBLE ->
                ((Compatible) verdict)
                        .findings().stream().map(f -> new Row(f, false)).toList();
            case INCOMPATIBLE -> {
                Incompatible incompatible = (Incompatible) verdict;
                yield incompatible.findings().stream()
                        .map(f -> new Row(f, incompatible.breaking().contains(f)))
                        .toList();
            }
            case NOT_COMPARABLE -> List.of();
        };
    }

    static String label(CompatibilityVerdict verdict) {
        return switch (verdict.kind()) {
            case COMPATIBLE -> "Compatible";
            case INCOMPATIBLE -> "Breaking";
            case NOT_COMPARABLE -> "Not comparable";
        };
    }

    /** The reason a verdict could not be reached, or null. */
    static String notComparableReason(CompatibilityVerdict verdict) {
        return verdict.kind() == CompatibilityVerdict.Kind.NOT_COMPARABLE ? ((NotComparable) verdict).reason() : null;
    }
}
