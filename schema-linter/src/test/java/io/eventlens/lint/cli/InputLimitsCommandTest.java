package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs over a limit, through the CLI: exit 2, one line naming the file, the limit and its setting, no stack trace.
 * The timeout only guards the build against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputLimitsCommandTest {

    @TempDir
    Path dir;

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("type: object\nx-l0: &l0 [lol, lol]\n");
        for (int level = 1; level <= 24; level++) {
            yaml.append("x-l").append(level).append(": &l").append(level);
            yaml.append(" [*l")
                    .append(level - 1)
                    .append(", *l")
                    .append(level - 1)
                    .append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void validatingAnEndlessDeviceExitsTwoNamingTheFileAndTheSizeLimit() {
        CliRun run = withProperty(
                "eventlens.limits.max-document-bytes", "1048576", () -> CliRun.of("validate", "/dev/zero"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out())
                .startsWith("/dev/zero:1:1: 1,048,577 bytes exceed the limit of 1,048,576"
                        + " (setting eventlens.limits.max-document-bytes)");
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aSchemaOfNestedAliasesExitsTwoNamingTheValueLimit() throws IOException {
        Path old = Files.writeString(dir.resolve("v1.yaml"), "type: object\n");
        Path bomb = Files.writeString(dir.resolve("v2.yaml"), billionLaughs());

        CliRun run = CliRun.of("compat", old.toString(), bomb.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .matches("eventlens compat: " + Pattern.quote(bomb.toString())
                        + ":\\d+:\\d+: 4,\\d{3},\\d{3} values exceed the limit of 4,000,000"
                        + " \\(setting eventlens.limits.max-nodes\\)");
    }

    @Test
    void aComparisonOverTheChangeLimitExitsTwoNamingItsSetting() throws IOException {
        StringBuilder oldProperties = new StringBuilder();
        StringBuilder newProperties = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            oldProperties.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"string\"}");
            newProperties.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"integer\"}");
        }
        Path old = Files.writeString(dir.resolve("v1.json"), "{\"properties\":{" + oldProperties + "}}");
        Path updated = Files.writeString(dir.resolve("v2.json"), "{\"properties\":{" + newProperties + "}}");

        CliRun run = withProperty(
                "eventlens.limits.max-changes", "10", () -> CliRun.of("compat", old.toString(), updated.toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("eventlens compat: comparing version 1 with the newest: 30 changes exceed the limit of 10"
                        + " (setting eventlens.limits.max-changes)");
    }

    @Test
    void aLimitSettingThatIsNotANumberExitsTwoNamingIt() throws IOException {
        Path schema = Files.writeString(dir.resolve("v1.json"), "{}");

        CliRun run = withProperty(
                "eventlens.limits.max-nodes", "lots", () -> CliRun.of("compat", schema.toString(), schema.toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("eventlens.limits.max-nodes=lots is not a whole number; allowed: a positive count of values");
    }

    private static CliRun withProperty(String name, String value, Supplier<CliRun> run) {
        String before = System.getProperty(name);
        System.setProperty(name, value);
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }
}
