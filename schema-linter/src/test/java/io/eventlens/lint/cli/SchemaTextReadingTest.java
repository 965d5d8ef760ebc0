package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema files are read by the catalog's YAML 1.2 rules, as the web app reads pasted schemas. */
class SchemaTextReadingTest {

    @Test
    void anUnquotedOffIsTheStringOffSoTheSameConstantStaysCompatible(@TempDir Path dir) throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.yaml"), "type: string\nconst: off\n");
        Path v2 = Files.writeString(dir.resolve("v2.yaml"), "type: string\nconst: \"off\"\n");

        CliRun run = CliRun.of("compat", "--mode", "FULL", v1.toString(), v2.toString());

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aDuplicateKeyIsAnInputErrorNamingFileLineAndKey(@TempDir Path dir) throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.yaml"), "type: object\n");
        Path v2 = Files.writeString(dir.resolve("v2.yaml"), "type: object\ntype: string\n");

        CliRun run = CliRun.of("compat", v1.toString(), v2.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("eventlens compat: " + v2 + ":2:1: duplicate key 'type'; each key may appear once in a map"
                        + System.lineSeparator());
    }

    @Test
    void aSchemaNestedDeeperThanTheLimitIsAnInputError(@TempDir Path dir) throws Exception {
        Path v1 = Files.writeString(dir.resolve("v1.json"), "{}");
        Path v2 = Files.writeString(dir.resolve("v2.json"), "{\"not\": ".repeat(300) + "{}" + "}".repeat(300));

        CliRun run = CliRun.of("compat", v1.toString(), v2.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("eventlens compat: " + v2 + ":1:").contains("256");
    }
}
