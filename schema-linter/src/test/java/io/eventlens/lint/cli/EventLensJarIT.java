package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged jar, {@code target/eventlens.jar}, in its own JVM, as CI would. */
class EventLensJarIT {

    private static final Path JAR = Path.of("target/eventlens.jar");
    private static final Path DIR = Path.of("src/test/resources/validate");

    private record Result(int exitCode, String out, String err) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("mvn package builds the CLI jar").isRegularFile();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the CLI finishes").isTrue();
        return new Result(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void validDocumentsExitZeroAndPrintNothingOnStderr() throws Exception {
        Result result = run(
                "validate",
                DIR.resolve("valid-v2.yaml").toString(),
                DIR.resolve("valid-v3.yaml").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("2 documents checked: 2 valid, 0 invalid");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anInvalidDocumentExitsOne() throws Exception {
        Result result = run("validate", DIR.resolve("invalid-duplicates.yaml").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith(DIR.resolve("invalid-duplicates.yaml") + ":7:5: duplicate tag name 'user'");
    }

    @Test
    void aDocumentThatDoesNotParseExitsOneNamingItsPlace() throws Exception {
        Path broken = Files.createTempFile("broken", ".yaml");
        Files.writeString(broken, "asyncapi: 3.0.0\ninfo: [\n");
        Result result = run("validate", broken.toString());
        Files.delete(broken);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith(broken + ":3:1: malformed YAML:");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertThat(run("validate").exitCode()).isEqualTo(2);
        assertThat(run("validate", "--format", "xml", DIR.toString()).exitCode())
                .isEqualTo(2);
        assertThat(run("validate", "does-not-exist.yaml").exitCode()).isEqualTo(2);
    }
}
