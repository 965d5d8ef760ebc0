package io.eventlens.lint.cli;

import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Direction;
import io.eventlens.lint.compat.Draft;
import io.eventlens.lint.compat.Finding;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.NotComparable;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.compat.SchemaLanguage;
import io.eventlens.lint.report.Severity;
import io.eventlens.lint.report.Violation;
import java.util.ArrayList;
import java.util.List;

/** The compatibility verdict on JSON Schema or Avro schema files, as report violations placed in the files. */
record SchemaVerdict(CompatibilityVerdict verdict, List<SchemaFile> files) {

    /** {@code draft}: the draft of JSON Schemas that name none, or null for the engine's default reading. */
    static SchemaVerdict check(Mode mode, Policy policy, Draft draft, SchemaLanguage language, List<SchemaFile> files) {
        CompatibilityChecker checker = new CompatibilityChecker(policy, language).limitedBy(CliLimits.limits());
        if (draft != null) {
            checker = checker.assuming(draft);
        }
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
        if (verdict instanceof NotComparable problem) {
            int[] at = newest.locate(problem.pointer());
            violations.add(new Violation(
                    "not-comparable",
                    Severity.ERROR,
                    newest.name(),
                    at[0],
                    at[1],
                    problem.pointer(),
                    problem.summary()));
            return violations;
        }
        String remedy = verdict.strictOnly() ? " Breaks under STRICT only: " + verdict.remedy() + "." : "";
        verdict.breaking().forEach(f -> violations.add(violation(f, Severity.ERROR, remedy)));
        verdict.findings().stream()
                .filter(verdict.breakingTest().negate())
                .forEach(f -> violations.add(violation(f, Severity.INFO, "")));
        return violations;
    }

    /** A backward finding points into the newest file; a forward one (roles swapped) into the earlier version. */
    private Violation violation(Finding finding, Severity severity, String remedy) {
        SchemaFile file = finding.direction() == Direction.BACKWARD
                ? files.get(files.size() - 1)
                : files.get(finding.earlierVersion());
        int[] at = file.locate(finding.change().pointer());
        return new Violation(
                finding.change().kind().ruleId(),
                severity,
                file.name(),
                at[0],
                at[1],
                finding.change().pointer(),
                finding.describe() + remedy);
    }
}
