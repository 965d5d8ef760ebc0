package io.eventlens.lint.cli;

import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Compatible;
import io.eventlens.lint.compat.Direction;
import io.eventlens.lint.compat.Finding;
import io.eventlens.lint.compat.Incompatible;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.NotComparable;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.compat.SchemaLanguage;
import io.eventlens.lint.report.Severity;
import io.eventlens.lint.report.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The compatibility verdict on JSON Schema or Avro schema files, as report violations placed in the files. */
record SchemaVerdict(CompatibilityVerdict verdict, List<SchemaFile> files) {

    static SchemaVerdict check(Mode mode, Policy policy, SchemaLanguage language, List<SchemaFile> files) {
        CompatibilityChecker checker = new CompatibilityChecker(policy, language);
        return new SchemaVerdict(
                checker.check(mode, files.stream().map(SchemaFile::tree).toList()), files);
    }

    int exitCode() {
        return verdict.exitCode();
    }

    /** Breaking changes as errors, the other changes as infos; schemas that cannot be compared as one error. */
    List<Violation> violations() {
        SchemaFile newest = files.get(files.size() - 1);
        List<Violation> violations = new ArrayList<>();
        switch (verdict.kind()) {
            case NOT_COMPARABLE -> {
                NotComparable problem = (NotComparable) verdict;
                int[] at = newest.locate(problem.pointer());
                violations.add(new Violation(
                        "not-comparable",
                        Severity.ERROR,
                        newest.name(),
                        at[0],
                        at[1],
                        problem.pointer(),
                        problem.summary()));
            }
            case INCOMPATIBLE -> {
                Incompatible incompatible = (Incompatible) verdict;
                String remedy =
                        incompatible.strictOnly() ? " Breaks under STRICT only: " + incompatible.remedy() + "." : "";
                incompatible.breaking().forEach(f -> violations.add(violation(f, Severity.ERROR, remedy)));
                incompatible.findings().stream()
                        .filter(f -> !incompatible.breaking().contains(f))
                        .forEach(f -> violations.add(violation(f, Severity.INFO, "")));
            }
            case COMPATIBLE ->
                ((Compatible) verdict).findings().forEach(f -> violations.add(violation(f, Severity.INFO, "")));
            default -> throw new IllegalStateException("unknown verdict " + verdict.kind());
        }
        return violations;
    }

    /** A backward finding points into the newest file; a forward one (roles swapped) into the earlier version. */
    private Violation violation(Finding finding, Severity severity, String remedy) {
        SchemaFile file = finding.direction() == Direction.BACKWARD
                ? files.get(files.size() - 1)
                : files.get(finding.earlierVersion());
        int[] at = file.locate(finding.change().pointer());
        String rule = finding.change().kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Violation(
                rule, severity, file.name(), at[0], at[1], finding.change().pointer(), finding.describe() + remedy);
    }
}
