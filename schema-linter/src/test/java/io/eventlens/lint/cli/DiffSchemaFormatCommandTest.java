package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventlens diff} on a schemaFormat edit: a language change fails the gate in every format, a notation change
 * is an info.
 */
class DiffSchemaFormatCommandTest {

    static final String JSON = "src/test/resources/diff/schema-format/users-2.6.yaml";
    static final String AVRO = "src/test/resources/diff/schema-format/users-2.6-avro.yaml";

    static final String POINTER = "/components/messages/UserSignedUp/schemaFormat";

    @TempDir
    Path dir;

    /** The JSON Schema fixture with schema+yaml for schema+json. */
    String yaml() throws IOException {
        return Files.writeString(
                        dir.resolve("yaml.yaml"),
                        Files.readString(Path.of(JSON)).replace("schema+json", "schema+yaml"))
                .toString();
    }

    @Test
    void aSchemaLanguageChangeIsAnErrorNamingBothFormatsAndTheConsumers() throws IOException {
        CliRun run = CliRun.of("diff", AVRO, JSON);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        JSON + ":20:21: error schema-language-changed: the schema"
                                + " language of the payload of message 'UserSignedUp' changed from Avro 1.9.0"
                                + " ('application/vnd.apache.avro;version=1.9.0') to JSON Schema draft-07"
                                + " ('application/schema+json;version=draft-07'): every "
                                + "payload is encoded and validated another way,"
                                + " so consumers of either version cannot read the other's "
                                + "data (the schemas are not compared across"
                                + " languages) (consumers hurt: Users) [" + POINTER + "]",
                        "eventlens diff: FAILED (1 error, 0 warnings, 0 infos)");
    }

    @Test
    void aJsonToYamlNotationChangeIsAnInfoAndPasses() throws IOException {
        String updated = yaml();
        CliRun run = CliRun.of("diff", JSON, updated);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        updated + ":20:21: info schema-format-notation-changed: the schema"
                                + " format of the payload of message 'UserSignedUp' changed from JSON Schema draft-07"
                                + " ('application/schema+json;version=draft-07') to JSON Schema draft-07"
                                + " ('application/schema+yaml;version=draft-07'): the same "
                                + "language and version (JSON Schema draft-07)"
                                + " written another way, so no payload changes [" + POINTER + "]",
                        "eventlens diff: passed (0 errors, 0 warnings, 1 info)");
    }

    @Test
    void jsonAndSarifCarryTheRuleIdSeverityAndPlace() throws IOException {
        CliRun json = CliRun.of("diff", "--format", "json", AVRO, JSON);
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode violation =
                new ObjectMapper().readTree(json.out()).path("violations").path(0);
        assertThat(violation.path("ruleId").asText()).isEqualTo("schema-language-changed");
        assertThat(violation.path("severity").asText()).isEqualTo("error");
        assertThat(violation.path("line").asInt()).isEqualTo(20);
        assertThat(violation.path("pointer").asText()).isEqualTo(POINTER);

        CliRun sarif = CliRun.of("diff", "--format", "sarif", JSON, yaml());
        assertThat(sarif.exitCode()).isZero();
        JsonNode result = new ObjectMapper()
                .readTree(sarif.out())
                .path("runs")
                .path(0)
                .path("results")
                .path(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("schema-format-notation-changed");
        assertThat(result.path("level").asText()).isEqualTo("note");
        assertThat(result.path("locations")
                        .path(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(20);
    }

    @Test
    void junitFailsOnTheLanguageChangeAndListsTheNotationChangeAsOutput() throws IOException {
        CliRun failing = CliRun.of("diff", "--format", "junit", AVRO, JSON);
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out())
                .contains("failures=\"1\"")
                .contains("<failure")
                .contains("schema-language-changed");

        CliRun passing = CliRun.of("diff", "--format", "junit", JSON, yaml());
        assertThat(passing.exitCode()).isZero();
        assertThat(passing.out())
                .contains("failures=\"0\"")
                .doesNotContain("<failure")
                .contains("<system-out>")
                .contains("info schema-format-notation-changed");
    }
}
