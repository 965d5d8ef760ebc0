package io.eventlens.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.eventlens.catalog.load.LoadOptions;

/** The reference system's own AsyncAPI documents, which people read to learn the patterns, lint clean by default. */
class ReferenceSystemLintTest {

    private static final Path DOCUMENTS = Path.of("../reference-system/src/main/resources/asyncapi");
    private static final List<String> SERVICES = List.of("analytics-service", "email-service", "inventory-service",
            "order-service", "payment-service", "saga-orchestrator", "shipping-service", "warehouse-service");

    @Test
    void theReferenceSystemsDocumentsHaveNoErrorLevelFindingsByDefault() {
        LintRun run = lint();
        assertThat(run.inputErrors()).isEmpty();
        assertThat(run.documents()).isGreaterThanOrEqualTo(9);
        assertThat(run.findings()).filteredOn(f -> f.level() == Level.ERROR).isEmpty();
        assertThat(run.failed()).isFalse();
    }

    /**
     * Two kinds of warning are left, each for a reason outside the documents: no document names a
     * licence because the project declares none yet, and the email job (a Redis stream entry written
     * by {@code EmailJobs}) lacks the envelope fields its code does not write.
     */
    @Test
    void theReferenceSystemsDocumentsWarnOnlyOfTheMissingLicenceAndTheEmailJobsEnvelope() {
        List<String> expected = new ArrayList<>();
        expected.add("common.yaml asyncapi-info-license /info");
        SERVICES.forEach(service -> expected.add(service + ".yaml asyncapi-info-license /info"));
        expected.add("common.yaml eventlens-envelope-fields /components/messages/EmailJob/payload");
        expected.add("email-service.yaml eventlens-envelope-fields /channels/emailJobs/messages/EmailJob/payload");

        assertThat(lint().findings()).extracting(f -> Path.of(f.file()).getFileName() + " " + f.ruleId() + " " + f.pointer())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static LintRun lint() {
        Assumptions.assumeTrue(Files.isDirectory(DOCUMENTS), "reference system documents not found at "
                + DOCUMENTS.toAbsolutePath() + ": skipping");
        return new Linter(LintConfig.defaults(), LoadOptions.defaults()).lint(List.of(DOCUMENTS));
    }
}
