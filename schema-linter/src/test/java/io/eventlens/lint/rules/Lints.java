package io.eventlens.lint.rules;

import io.eventlens.catalog.load.LoadOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Runs the linter on the fixtures of src/test/resources/rules. */
final class Lints {

    static final Path DIR = Path.of("src/test/resources/rules");

    private Lints() {}

    static LintRun lint(LintConfig config, String... files) {
        return new Linter(config, LoadOptions.defaults())
                .lint(Arrays.stream(files).map(DIR::resolve).toList());
    }

    /** {@code ruleId level line:column pointer} per finding, the shape tests compare. */
    static List<String> summary(LintRun run) {
        return run.findings().stream()
                .map(f -> f.ruleId() + " " + f.level().label() + " " + f.line() + ":" + f.column() + " " + f.pointer())
                .toList();
    }
}
