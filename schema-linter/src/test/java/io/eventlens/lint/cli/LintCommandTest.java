package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code eventlens lint} in-process: the exit code is the same whatever the format. */
class LintCommandTest {

    private static final Path DIR = Path.of("src/test/resources/rules");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void aDocumentWithoutErrorLevelFindingsExitsZero(String format) {
        assertThat(CliRun.of(
                                "lint",
                                "--format",
                                format,
                                DIR.resolve("good.yaml").toString())
                        .exitCode())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void anErrorLevelFindingExitsOne(String format) {
        CliRun run = CliRun.of(
                "lint", "--format", format, DIR.resolve("design-v3.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("asyncapi-message-examples");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void aDocumentThatDoesNotLoadExitsTwo(String format) {
        CliRun run =
                CliRun.of("lint", "--format", format, DIR.resolve("broken.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(DIR.resolve("broken.yaml") + ":3:1: malformed YAML");
    }

    @Test
    void everyReportOfADocumentThatDoesNotLoadSaysTheGateFailed() throws Exception {
        String broken = DIR.resolve("broken.yaml").toString();
        CliRun json = CliRun.of("lint", "--format", "json", broken);
        CliRun sarif = CliRun.of("lint", "--format", "sarif", broken);
        CliRun junit = CliRun.of("lint", "--format", "junit", broken);
        CliRun text = CliRun.of("lint", "--format", "text", broken);

        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(report.path("passed").asBoolean(true)).isFalse();
        assertThat(report.path("violations").get(0).path("ruleId").asText()).isEqualTo("input-error");
        JsonNode run = new ObjectMapper().readTree(sarif.out()).path("runs").get(0);
        assertThat(run.path("invocations").get(0).path("executionSuccessful").asBoolean(true))
                .isFalse();
        assertThat(run.path("results")).hasSize(1);
        assertThat(run.path("results").get(0).path("level").asText()).isEqualTo("error");
        assertThat(junit.out()).contains("failures=\"1\"", "malformed YAML");
        assertThat(text.out()).contains("FAILED", "malformed YAML");
        assertThat(List.of(json, sarif, junit, text))
                .allSatisfy(r -> assertThat(r.exitCode()).isEqualTo(2));
    }

    @Test
    void theDocumentsThatLoadAreStillReportedWhenAnotherDoesNotAndTheExitIsTwo() {
        CliRun run = CliRun.of(
                "lint",
                DIR.resolve("broken.yaml").toString(),
                DIR.resolve("design-v3.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("asyncapi-message-examples");
        assertThat(run.err()).contains("1 document problem(s) above kept documents from being linted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void aBadConfigurationExitsTwoWithItsPlace(String format) {
        CliRun run = CliRun.of(
                "lint",
                "--format",
                format,
                "--config",
                DIR.resolve("bad-level.yaml").toString(),
                DIR.resolve("good.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(DIR.resolve("bad-level.yaml") + ":3:3: unknown severity 'loud'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void theOutputFileGetsTheReportAndTheExitCodeStaysTheSame(String format) throws Exception {
        Path report = tmp.resolve("report." + format);
        CliRun run = CliRun.of(
                "lint",
                "--format",
                format,
                "--output",
                report.toString(),
                DIR.resolve("design-v3.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).contains("asyncapi-message-examples");
    }

    @Test
    void textReportLinesGiveFileLineColumnLevelRuleAndMessage() {
        CliRun run = CliRun.of("lint", DIR.resolve("design-v3.yaml").toString());
        assertThat(run.out().lines())
                .contains(DIR.resolve("design-v3.yaml") + ":42:31: error asyncapi-message-examples:"
                        + " example payload does not match the message's payload schema: integer found, string expected"
                        + " [/components/messages/OrderUpdate/examples/0/payload/event_id]");
    }

    @Test
    void jsonReportCarriesPointerAndPosition() throws Exception {
        JsonNode report = new ObjectMapper()
                .readTree(CliRun.of(
                                "lint",
                                "--format",
                                "json",
                                DIR.resolve("design-v3.yaml").toString())
                        .out());
        assertThat(report.get("passed").asBoolean()).isFalse();
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        JsonNode first = report.get("violations").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("eventlens-event-name-past-tense");
        assertThat(first.get("line").asInt()).isEqualTo(25);
        assertThat(first.get("pointer").asText()).isEqualTo("/components/messages/PlaceOrder");
    }

    @Test
    void theConfigurationBesideAFolderIsFoundAndApplied() {
        CliRun run = CliRun.of("lint", DIR.resolve("configured").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("error eventlens-event-name-past-tense")
                .doesNotContain("asyncapi-info-contact")
                .contains("at least 2 expected");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheAllowedFormats() {
        CliRun run =
                CliRun.of("lint", "--format", "xml", DIR.resolve("good.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown report format 'xml'; allowed: text, json, sarif, junit");
    }

    @Test
    void aMissingPathOrConfigIsAUsageError() {
        assertThat(CliRun.of("lint", DIR.resolve("nope.yaml").toString()).err())
                .contains("no such file or folder: " + DIR.resolve("nope.yaml"));
        CliRun run = CliRun.of(
                "lint", "--config", "nope.yaml", DIR.resolve("good.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--config nope.yaml: no such file");
    }
}
