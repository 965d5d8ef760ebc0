package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The validate command run in-process, for its messages; EventLensJarIT runs the real jar for exit codes. */
class ValidateCommandTest {

    private static final Path DIR = Path.of("src/test/resources/validate");

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = EventLensCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aValidDocumentExitsZeroWithASummary() {
        Run run = run("validate", DIR.resolve("valid-v2.yaml").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("1 document checked: 1 valid, 0 invalid" + System.lineSeparator());
    }

    @Test
    void problemsArePrintedAsFileLineColumnMessageAndExitOne() {
        Run run = run(
                "validate",
                DIR.resolve("invalid-structure.yaml").toString(),
                DIR.resolve("valid-v3.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        DIR.resolve("invalid-structure.yaml") + ":3:3: does not match the AsyncAPI 2.6.0 schema:"
                                + " required property 'version' not found (at /info)",
                        "2 documents checked: 1 valid, 1 invalid");
    }

    @Test
    void jsonFormatGivesFileLineColumnPointerAndMessageOfEachProblem() throws Exception {
        Run run = run(
                "validate",
                "--format",
                "json",
                DIR.resolve("invalid-example.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("file").asText())
                .isEqualTo(DIR.resolve("invalid-example.yaml").toString());
        assertThat(problem.get("line").asInt()).isEqualTo(17);
        assertThat(problem.get("column").asInt()).isEqualTo(34);
        assertThat(problem.get("pointer").asText())
                .isEqualTo("/components/messages/UserSignedUp/examples/0/payload/displayName");
        assertThat(problem.get("message").asText()).startsWith("example payload does not match");
    }

    @Test
    void aFolderIsSearchedForDocuments() {
        Run run = run("validate", DIR.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).endsWith("19 documents checked: 3 valid, 16 invalid" + System.lineSeparator());
    }

    @Test
    void aMissingFileIsAUsageErrorNamingIt() {
        Run run = run("validate", "no/such.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("no such file or folder: no/such.yaml");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheAllowedOnes() {
        Run run =
                run("validate", "--format", "xml", DIR.resolve("valid-v2.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Invalid value for option '--format': expected one of [TEXT, JSON]"
                        + " (case-insensitive) but was 'xml'");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("a command is required, e.g. 'validate FILE_OR_FOLDER...'");
    }

    @Test
    void aFolderWithoutDocumentsIsAUsageError(@TempDir Path empty) {
        Run run = run("validate", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("no AsyncAPI document found in [" + empty + "]");
    }

    @Test
    void aFileReferencingASiblingFolderNeedsARootThatContainsBoth(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("service"));
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/schemas.yaml"), "Name: {type: string}\n");
        Path document = dir.resolve("service/asyncapi.yaml");
        Files.writeString(
                document,
                "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
                        + "components:\n  schemas:\n    Name: {$ref: '../common/schemas.yaml#/Name'}\n");
        Run alone = run("validate", document.toString());
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.out())
                .startsWith(document + ":5:18: $ref '../common/schemas.yaml#/Name' leaves the loaded folder");
        Run rooted = run("validate", "--root", dir.toString(), document.toString());
        assertThat(rooted.exitCode()).isZero();
    }
}
