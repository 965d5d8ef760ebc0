package io.eventlens.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs docs/ci.md's gate command, taken from the doc, with the packaged jar in its own JVM on two versions of a
 * reference-style document, and holds the doc's "what a user sees" block to the real output.
 */
class CiExampleIT {

    static final Path JAR = Path.of("target/eventlens.jar").toAbsolutePath();
    static final Path DOC = Path.of("../docs/ci.md");
    static final Path FIXTURES = Path.of("src/test/resources/gate");
    static final String JAR_IN_DOC = "schema-linter/target/eventlens.jar";

    record Result(int exitCode, String out, String err) {}

    /** The fenced block after {@code <!-- ci-example:NAME -->} in docs/ci.md. */
    static String block(String name) throws IOException {
        String doc = Files.readString(DOC);
        int marker = doc.indexOf("<!-- ci-example:" + name + " -->");
        assertThat(marker).as("docs/ci.md marks its %s block", name).isNotNegative();
        int start = doc.indexOf('\n', doc.indexOf("```", marker)) + 1;
        return doc.substring(start, doc.indexOf("```", start));
    }

    /** The pull request's checkout: the target branch's document under base/, the changed one beside it. */
    static Path checkout(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("base/asyncapi"));
        Files.createDirectories(dir.resolve("asyncapi"));
        Files.copy(FIXTURES.resolve("order-service-v1.yaml"), dir.resolve("base/asyncapi/order-service.yaml"));
        Files.copy(FIXTURES.resolve("order-service-v2.yaml"), dir.resolve("asyncapi/order-service.yaml"));
        return dir;
    }

    static Result run(Path workDir, String commandLine) throws IOException, InterruptedException {
        assertThat(JAR).as("mvn package builds the CLI jar").isRegularFile();
        List<String> words = new ArrayList<>(Arrays.asList(commandLine.trim().split(" +")));
        assertThat(words.subList(0, 3)).containsExactly("java", "-jar", JAR_IN_DOC);
        words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        words.set(2, JAR.toString());
        Path out = Files.createTempFile("ci-example", ".out");
        Path err = Files.createTempFile("ci-example", ".err");
        Process process = new ProcessBuilder(words)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the CLI finishes").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theDocsGateCommandFailsOnARemovedRequiredFieldWithTheOutputTheDocShows(@TempDir Path dir) throws Exception {
        Result result = run(checkout(dir), block("command"));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines())
                .containsExactlyElementsOf(block("output").lines().toList());
    }

    @Test
    void theGitHubAndGitLabJobsRunTheSameGateCommand() throws Exception {
        String command = block("command").trim();
        String doc = Files.readString(DOC);
        assertThat(doc).contains("        run: " + command + "\n").contains("    - " + command + "\n");
    }

    @Test
    void theSameDocumentPassesTheRegistryDefaultBackwardMode(@TempDir Path dir) throws Exception {
        Result result = run(checkout(dir), block("command").replace(" --mode FORWARD", ""));
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .endsWith("eventlens diff: passed (0 errors, 0 warnings, 2 infos)" + System.lineSeparator());
    }

    @ParameterizedTest(name = "the jar exits 1 with --format {0} --output, and 2 on a missing document")
    @ValueSource(strings = {"text", "json", "sarif", "junit"})
    void theJarsExitCodeIsTheSameInEveryFormat(String format, @TempDir Path dir) throws Exception {
        String command = block("command")
                .trim()
                .replace(" diff ", " diff --format " + format + " --output report." + format + " ");
        Result failed = run(checkout(dir), command);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).isEmpty();
        assertThat(dir.resolve("report." + format)).content().contains("payload-breaking");
        Result missing = run(dir, command.replace("base/asyncapi/order-service.yaml", "base/asyncapi/gone.yaml"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file: base/asyncapi/gone.yaml");
    }

    @Test
    void compatOnTheSameDocumentsNamesTheBreakingMessageAndExitsOne(@TempDir Path dir) throws Exception {
        Result result = run(
                checkout(dir),
                "java -jar " + JAR_IN_DOC
                        + " compat --mode FULL base/asyncapi/order-service.yaml asyncapi/order-service.yaml");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith("asyncapi/order-service.yaml:30:9: error payload-breaking:");
    }
}
