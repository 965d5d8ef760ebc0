package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * asyncapi-diff's labelled full-document pairs (../shared/corpus/compat/asyncapi-diff, json/main.fixtures.json:
 * {@code diffOutput} for test/spec/asyncapi.yml to diffSpec.yml, {@code diffOutputV3} for asyncapi-v3.yml to
 * asyncapi-v3-diff.yml): each change it classifies breaking or non-breaking is one case; its unclassified changes
 * carry no label and are not cases. asyncapi-diff asks whether the new document breaks what users of the old one
 * rely on, which is our BACKWARD mode; its payload rules follow no content-model policy, so the registries' STRICT
 * (our default) is used. Ours agrees when a change of ours at or around its path is breaking exactly when its label
 * says so. Expected disagreements, with reasons, are in src/test/resources/diff/expected-disagreements.tsv.
 */
class DocumentDiffCorpusIT {

    static final String SET = "asyncapi-diff";

    record Case(String pair, String oldFile, String newFile, String path, boolean breaking) {
        String name() {
            return pair + " " + path + " [" + (breaking ? "breaking" : "non-breaking") + "]";
        }

        @Override
        public String toString() {
            return SET + " " + name();
        }
    }

    static Stream<Case> cases() throws IOException {
        DiffCorpus.assumeAvailable(SET);
        JsonNode fixtures = new ObjectMapper()
                .readTree(DiffCorpus.dir(SET).resolve("json/main.fixtures.json").toFile());
        List<Case> cases = new ArrayList<>();
        add(cases, "v2", "asyncapi.yml", "diffSpec.yml", fixtures.path("diffOutput"));
        add(cases, "v3", "asyncapi-v3.yml", "asyncapi-v3-diff.yml", fixtures.path("diffOutputV3"));
        return cases.stream();
    }

    private static void add(List<Case> cases, String pair, String oldFile, String newFile, JsonNode output) {
        output.path("changes").forEach(c -> {
            String type = c.path("type").asText();
            if (!type.equals("unclassified")) {
                cases.add(new Case(pair, oldFile, newFile, c.path("path").asText(), type.equals("breaking")));
            }
        });
    }

    static boolean agrees(Case labelled, List<DocumentChange> ours) {
        boolean breaking = ours.stream()
                .filter(c -> DiffCorpus.related(c.pointer(), labelled.path()))
                .anyMatch(DocumentChange::breaking);
        return breaking == labelled.breaking();
    }

    static List<DocumentChange> diff(Case labelled) {
        Path spec = DiffCorpus.dir(SET).resolve("test/spec");
        return new DocumentDiff(Mode.BACKWARD, Policy.STRICT)
                .diff(
                        DiffCorpus.load(spec.resolve(labelled.oldFile())),
                        DiffCorpus.load(spec.resolve(labelled.newFile())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void asyncapiDiffChangeAgreesWithItsLabelUnlessListed(Case labelled) {
        List<DocumentChange> ours = diff(labelled);
        DiffCorpus.assertAgreesUnlessListed(SET, labelled.name(), agrees(labelled, ours), ours);
    }

    @Test
    void everyListedDisagreementNamesACaseOfTheSetAndTheAgreementIsReported() throws IOException {
        DiffCorpus.reportAgreementAndCheckTheList(SET, cases().toList(), c -> agrees(c, diff(c)), Case::name);
    }
}
