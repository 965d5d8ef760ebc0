package io.eventlens.lint.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared AsyncAPI corpus as its own case: valid documents validate, invalid
 * ones and fragments are rejected, unlabelled ones may go either way; every error names its file
 * and place. One explicit list, each line with its reason, holds the exceptions:
 * {@code corpus-disagreements.tsv} (this project believes the label is wrong). Each listed case
 * asserts that the exception still holds, so the list cannot go stale silently. There is no list of
 * known gaps: every file labelled invalid must be rejected.
 */
class AsyncApiCorpusIT {

    private static final Path CORPUS =
            Path.of(System.getProperty("eventlens.shared.dir", "../../shared"), "corpus", "asyncapi");
    private static final Map<String, String> DISAGREEMENTS = listed("/corpus-disagreements.tsv");

    static Stream<CorpusCase> corpus() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(CORPUS.resolve("manifest.tsv")),
                "shared corpus not found at " + CORPUS.toAbsolutePath() + ": skipping");
        return Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(CorpusCase::parse);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCorpusFileGetsTheVerdictItsSourceExpects(CorpusCase corpusCase) {
        Path file = CORPUS.resolve(corpusCase.file());
        LoadOptions options = LoadOptions.defaults().withRoot(CORPUS.resolve(corpusCase.sourceFolder()));
        DocumentVerdict verdict =
                new Validation(options).validate(List.of(file)).get(0);
        List<LoadProblem> errors =
                verdict.problems().stream().filter(LoadProblem::isError).toList();
        errors.forEach(AsyncApiCorpusIT::assertPlaced);
        if (DISAGREEMENTS.containsKey(corpusCase.file())) {
            assertThat(verdict.valid())
                    .as(
                            "listed disagreement (%s) no longer holds: remove it from corpus-disagreements.tsv",
                            DISAGREEMENTS.get(corpusCase.file()))
                    .isEqualTo(!expectsValid(corpusCase));
        } else if (expectsValid(corpusCase)) {
            assertThat(errors).as("a valid document has no error").isEmpty();
        } else if (expectsRejection(corpusCase)) {
            assertThat(errors).as("an invalid file is rejected").isNotEmpty();
        }
    }

    /** Every error names a file and a place in it: a line, or at least a JSON Pointer. */
    private static void assertPlaced(LoadProblem error) {
        assertThat(error.file()).isNotBlank();
        assertThat(error.line() > 0 || !error.pointer().isEmpty())
                .as("the message names a place: %s", error)
                .isTrue();
    }

    private static boolean expectsValid(CorpusCase c) {
        return c.kind().equals("document") && c.expect().equals("valid");
    }

    /** Labelled invalid, or not a document at all (a fragment loaded alone is not an AsyncAPI document). */
    private static boolean expectsRejection(CorpusCase c) {
        return c.expect().equals("invalid") || !c.kind().equals("document");
    }

    private static Map<String, String> listed(String resource) {
        try (var in = AsyncApiCorpusIT.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(resource + " missing from test resources", e);
        }
    }
}
