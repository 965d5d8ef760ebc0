package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The diff command run in-process, for its messages and its exit code in every format. */
class DiffCommandTest {

    static final String V1 = "src/test/resources/gate/order-service-v1.yaml";
    static final String V2 = "src/test/resources/gate/order-service-v2.yaml";

    @Test
    void aRemovedRequiredFieldFailsForwardWithFileLineColumnAndPointer() {
        CliRun run = CliRun.of("diff", "--mode", "FORWARD", V1, V2);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        V2
                                + ":4:12: info info-version-changed: info.version changed from "
                                + "'1.0.0' to '1.1.0': a label for people,"
                                + " not a contract change [/info/version]",
                        V2
                                + ":30:9: error payload-breaking: REQUIRED_PROPERTY_ADDED "
                                + "(seen from the old schema): consumers still"
                                + " on the old payload schema must read data the new one "
                                + "allows: The property \"total\" became"
                                + " required at '/required', so data the new schema allows without it is rejected."
                                + " [/components/messages/OrderPlaced/payload/required]",
                        "eventlens diff: FAILED (1 error, 0 warnings, 1 info)");
    }

    @Test
    void theSameChangePassesBackwardAndSaysWhy() {
        CliRun run = CliRun.of("diff", V1, V2);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("info payload-changed: REQUIRED_PROPERTY_REMOVED")
                .endsWith("eventlens diff: passed (0 errors, 0 warnings, 2 infos)" + System.lineSeparator());
    }

    @Test
    void draftNamesTheVocabularyOfPayloadSchemasThatDeclareNone(@TempDir Path dir) throws Exception {
        String document = """
                asyncapi: 3.0.0
                info: {title: Tags, version: 1.0.0}
                channels:
                  tags:
                    address: tags
                    messages:
                      Tagged:
                        payload: {type: array, contains: {type: string}, minContains: %d}
                operations:
                  sendTagged:
                    action: send
                    channel: {$ref: '#/channels/tags'}
                    messages: [{$ref: '#/channels/tags/messages/Tagged'}]
                """;
        Path one = Files.writeString(dir.resolve("one.yaml"), document.formatted(1));
        Path three = Files.writeString(dir.resolve("three.yaml"), document.formatted(3));

        CliRun byDefault = CliRun.of("diff", one.toString(), three.toString());
        CliRun draft7 = CliRun.of("diff", "--draft", "draft-07", one.toString(), three.toString());

        assertThat(byDefault.exitCode()).as(byDefault.out()).isEqualTo(1);
        assertThat(byDefault.out()).contains("MIN_CONTAINS_INCREASED");
        assertThat(draft7.exitCode()).as(draft7.out()).isZero();
    }

    @ParameterizedTest(name = "--format {0}: unchanged 0, breaking 1, bad input 2, also with --output")
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void theExitCodeIsTheSameInEveryFormatAndWithAnOutputFile(String format, @TempDir Path dir) {
        assertThat(CliRun.of("diff", "--format", format, V1, V1).exitCode()).isZero();
        assertThat(CliRun.of("diff", "--format", format, "--mode", "FORWARD", V1, V2)
                        .exitCode())
                .isEqualTo(1);
        assertThat(CliRun.of("diff", "--format", format, V1, "missing.yaml").exitCode())
                .isEqualTo(2);
        Path report = dir.resolve("diff." + format);
        CliRun toFile =
                CliRun.of("diff", "--format", format, "--mode", "FORWARD", "--output", report.toString(), V1, V2);
        assertThat(toFile.exitCode()).isEqualTo(1);
        assertThat(toFile.out()).isEmpty();
        assertThat(report).content().contains("payload-breaking");
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheAllowedOnes() {
        CliRun run = CliRun.of("diff", "--format", "html", V1, V2);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Invalid value for option '--format': unknown report format 'html';"
                        + " allowed: text, json, sarif, junit");
    }

    @Test
    void aMissingDocumentIsAnInputError() {
        CliRun run = CliRun.of("diff", V1, "missing.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("eventlens diff: no such file: missing.yaml (expected an AsyncAPI document,"
                        + " .yaml, .yml or .json)" + System.lineSeparator());
    }

    @Test
    void aFileThatIsNoAsyncApiDocumentIsAnInputErrorWithItsProblems(@TempDir Path dir) throws Exception {
        Path schema = Files.writeString(dir.resolve("schema.yaml"), "type: object\n");
        CliRun run = CliRun.of("diff", V1, schema.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("eventlens diff: " + schema + " is not a loadable AsyncAPI document:");
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsAnInputError(@TempDir Path dir) {
        CliRun run = CliRun.of("diff", "--output", dir.toString(), V1, V2);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("eventlens diff: cannot write the report to " + dir);
    }
}
