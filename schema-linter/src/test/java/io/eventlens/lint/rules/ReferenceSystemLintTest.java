package io.eventlens.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.load.LoadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reference system's own AsyncAPI documents, which people read to learn the patterns, lint clean by default: no
 * errors, and no warnings either.
 */
class ReferenceSystemLintTest {

    private static final Path DOCUMENTS = Path.of("../reference-system/src/main/resources/asyncapi");

    @Test
    void theReferenceSystemsDocumentsHaveNoErrorLevelFindingsByDefault() {
        LintRun run = lint();
        assertThat(run.inputErrors()).isEmpty();
        assertThat(run.documents()).isGreaterThanOrEqualTo(9);
        assertThat(run.findings()).filteredOn(f -> f.level() == Level.ERROR).isEmpty();
        assertThat(run.failed()).isFalse();
    }

    @Test
    void theReferenceSystemsDocumentsHaveNoWarningsOrInfosEither() {
        assertThat(lint().findings())
                .extracting(
                        f -> Path.of(f.file()).getFileName() + ":" + f.line() + " " + f.ruleId() + " " + f.message())
                .isEmpty();
    }

    private static LintRun lint() {
        Assumptions.assumeTrue(
                Files.isDirectory(DOCUMENTS),
                "reference system documents not found at " + DOCUMENTS.toAbsolutePath() + ": skipping");
        return new Linter(LintConfig.defaults(), LoadOptions.defaults()).lint(List.of(DOCUMENTS));
    }
}
