package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected outputs of {@code asyncapi diff} in asyncapi/cli's test/integration/diff.test.ts
 * (../shared/corpus/compat/asyncapi-cli-diff), read from the TypeScript constants that hold them, over the
 * fixtures those tests pass: {@code commonJsonOutput} (asyncapi_v1.yml to asyncapi_v2.yml),
 * {@code commonJsonOutputV3} (specification-v3.yml to specification-v3-diff.yml) and {@code noChangesJson}
 * (specification.yml against itself). Each change classified breaking or non-breaking is one case; an unclassified
 * one carries no label and is not a case. The identical pair is one case ("no changes"), and so is the test that
 * expects an error for a 3.0 document against a 2.x one. The override test only re-labels one change by user
 * configuration, so it adds no case.
 *
 * <p>Mapping: the CLI is asyncapi-diff's command line, so the same as {@link DocumentDiffCorpusIT}: BACKWARD (does
 * the new document break users of the old one), STRICT; a labelled change agrees when a change of ours at or around
 * its path is breaking exactly when the label says so.
 */
class CliDiffCorpusIT {

    static final String SET = "asyncapi-cli-diff";
    static final String NO_CHANGES = "no changes";
    static final String ERROR = "error";

    record Case(String pair, String oldFile, String newFile, String path, String label) {
        String name() {
            return pair + (path.isEmpty() ? "" : " " + path) + " [" + label + "]";
        }

        @Override
        public String toString() {
            return SET + " " + name();
        }
    }

    static Stream<Case> cases() {
        DiffCorpus.assumeAvailable(SET);
        String source = DiffCorpus.read(DiffCorpus.dir(SET).resolve("test/integration/diff.test.ts"));
        List<Case> cases = new ArrayList<>();
        labelled(cases, "v1-v2", "asyncapi_v1.yml", "asyncapi_v2.yml", output(source, "commonJsonOutput"));
        labelled(
                cases,
                "v3-v3diff",
                "specification-v3.yml",
                "specification-v3-diff.yml",
                output(source, "commonJsonOutputV3"));
        assertThat(output(source, "noChangesJson").path("changes")).isEmpty();
        cases.add(new Case("identical", "specification.yml", "specification.yml", "", NO_CHANGES));
        assertThat(source).contains("diff between different AsyncAPI version is not allowed");
        cases.add(new Case("v3-v2", "specification-v3.yml", "specification.yml", "", ERROR));
        return cases.stream();
    }

    private static void labelled(List<Case> cases, String pair, String oldFile, String newFile, JsonNode output) {
        for (JsonNode change : output.path("changes")) {
            String type = change.path("type").asText();
            if (!type.equals("unclassified")) {
                cases.add(new Case(pair, oldFile, newFile, change.path("path").asText(), type));
            }
        }
    }

    /**
     * The JSON the CLI printed, from {@code const NAME = '...';}: a TypeScript string holding
     * {@code JSON.stringify(stdout)}, with or without its quotes.
     */
    static JsonNode output(String source, String constant) {
        int start = source.indexOf("const " + constant + " = '") + ("const " + constant + " = '").length();
        String literal = source.substring(start, source.indexOf("';", start))
                .replace("\\\\", "\\")
                .replace("\\'", "'");
        try {
            ObjectMapper json = new ObjectMapper();
            String stdout = json.readValue(literal.startsWith("\"") ? literal : "\"" + literal + "\"", String.class);
            return json.readTree(stdout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the expected output " + constant, e);
        }
    }

    /** Whether ours agrees with the label; {@code ours} is our changes, or the error we refused the pair with. */
    record Outcome(boolean agrees, Object ours) {}

    static Outcome evaluate(Case labelled) {
        Path fixtures = DiffCorpus.dir(SET).resolve("test/fixtures");
        List<DocumentChange> ours;
        try {
            ours = new DocumentDiff(Mode.BACKWARD, Policy.STRICT)
                    .diff(
                            DiffCorpus.load(fixtures.resolve(labelled.oldFile())),
                            DiffCorpus.load(fixtures.resolve(labelled.newFile())));
        } catch (RuntimeException | AssertionError refused) {
            return new Outcome(labelled.label().equals(ERROR), refused);
        }
        boolean agrees = switch (labelled.label()) {
            case NO_CHANGES -> ours.isEmpty();
            case ERROR -> false;
            default ->
                ours.stream()
                                .filter(c -> DiffCorpus.related(c.pointer(), labelled.path()))
                                .anyMatch(DocumentChange::breaking)
                        == labelled.label().equals("breaking");
        };
        return new Outcome(agrees, ours);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cliDiffExpectationAgreesWithItsLabelUnlessListed(Case labelled) {
        Outcome outcome = evaluate(labelled);
        DiffCorpus.assertAgreesUnlessListed(SET, labelled.name(), outcome.agrees(), outcome.ours());
    }

    @Test
    void everyListedDisagreementNamesACaseOfTheSetAndTheAgreementIsReported() {
        DiffCorpus.reportAgreementAndCheckTheList(
                SET, cases().toList(), c -> evaluate(c).agrees(), Case::name);
    }
}
