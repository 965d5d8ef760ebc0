package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;

/**
 * asyncapi-diff's labelled full-document pairs (../shared/corpus/compat/asyncapi-diff): each change it classifies
 * breaking or non-breaking is one case; ours agrees when a change of ours at or around its path is breaking exactly when
 * its label says so. Its unclassified changes carry no label and are not cases. Expected disagreements, with reasons,
 * are in src/test/resources/diff/expected-disagreements.tsv.
 */
class DocumentDiffCorpusIT {

    static final Path CORPUS = Path.of(System.getProperty("eventlens.shared.dir", "../../shared"), "corpus/compat/asyncapi-diff");

    record Case(String pair, String oldFile, String newFile, String path, boolean breaking) {
        @Override
        public String toString() {
            return pair + " " + path + " [" + (breaking ? "breaking" : "non-breaking") + "]";
        }
    }

    static Stream<Case> cases() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "shared corpus not found at " + CORPUS + ": skipping");
        JsonNode fixtures = new ObjectMapper().readTree(CORPUS.resolve("json/main.fixtures.json").toFile());
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

    static Map<String, String> disagreements() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/diff/expected-disagreements.tsv"))) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2))
                    .collect(Collectors.toMap(c -> c[0], c -> c[1]));
        }
    }

    static DocumentSide load(String file) {
        CatalogLoad load = new CatalogLoader().load(CORPUS.resolve("test/spec").resolve(file));
        assertThat(load.failed()).as("%s loads: %s", file, load.problems()).isEmpty();
        return DocumentSide.of(load.documents().get(0).document());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithTheLabelOrIsAnExpectedDisagreement(Case labelled) throws IOException {
        List<DocumentChange> ours = new DocumentDiff(Mode.BACKWARD, Policy.STRICT)
                .diff(load(labelled.oldFile()), load(labelled.newFile()));
        boolean breaking = ours.stream().filter(c -> related(c.pointer(), labelled.path())).anyMatch(DocumentChange::breaking);
        String key = labelled.toString();
        String reason = disagreements().get(key);
        if (reason != null) {
            assertThat(breaking).as("expected disagreement still disagrees (%s): %s", reason, ours).isNotEqualTo(labelled.breaking());
        } else {
            assertThat(breaking).as("our changes: %s", ours).isEqualTo(labelled.breaking());
        }
    }

    /** One pointer is the other or inside it. */
    static boolean related(String ours, String theirs) {
        return ours.equals(theirs) || ours.startsWith(theirs + "/") || theirs.startsWith(ours + "/");
    }
}
