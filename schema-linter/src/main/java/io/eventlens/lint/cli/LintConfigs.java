package io.eventlens.lint.cli;

import io.eventlens.lint.report.Severity;
import io.eventlens.lint.report.Violation;
import io.eventlens.lint.rules.LintConfig;
import io.eventlens.lint.rules.LintConfigException;
import io.eventlens.lint.rules.LintConfigReader;
import io.eventlens.lint.rules.LintFinding;
import io.eventlens.lint.rules.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the lint configuration of a run and turns findings into report violations. */
final class LintConfigs {

    private LintConfigs() {}

    /**
     * {@code --config} when given (it must exist), else the first {@code eventlens-lint.yaml} beside a path, else the
     * defaults.
     */
    static LintConfig find(Path given, List<Path> paths) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new LintConfigException("--config " + given + ": no such file");
            }
            return LintConfigReader.read(given, Linter.ruleIds());
        }
        for (Path path : paths) {
            Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            Path candidate = folder == null ? null : folder.resolve(LintConfigReader.FILE_NAME);
            if (candidate != null && Files.isRegularFile(candidate)) {
                return LintConfigReader.read(candidate, Linter.ruleIds());
            }
        }
        return LintConfig.defaults();
    }

    static Violation violation(LintFinding finding) {
        Severity severity = switch (finding.level()) {
            case ERROR -> Severity.ERROR;
            case WARN -> Severity.WARN;
            default -> Severity.INFO;
        };
        return new Violation(
                finding.ruleId(),
                severity,
                finding.file(),
                finding.line(),
                finding.column(),
                finding.pointer(),
                finding.message());
    }
}
