package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One labelled case of a shared compatibility corpus, and where the corpora live: the system property
 * {@code eventlens.shared.dir} (failsafe sets it), else {@code ../../shared} from the module.
 *
 * @param name     the test's name: "NNN id" (Apicurio, index in the file) or "test[n]" (Karapace)
 * @param expected the label, in the corpus's own words ("backward", "both", "none"; "true", "false")
 * @param older    the schema data was written with
 * @param newer    the schema reading it
 */
record CorpusCase(String set, String name, String expected, JsonNode older, JsonNode newer) {

    static final String CORPUS = "corpus/compat";

    static Path sharedDir() {
        return Path.of(System.getProperty("eventlens.shared.dir", "../../shared"))
                .toAbsolutePath()
                .normalize();
    }

    static boolean available() {
        return Files.isDirectory(sharedDir().resolve(CORPUS));
    }

    static String skipMessage() {
        return "shared corpus not found at " + sharedDir().resolve(CORPUS) + ": skipping";
    }

    static JsonNode read(String relative) {
        try {
            return Fixtures.JSON.readTree(
                    sharedDir().resolve(CORPUS).resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + relative, e);
        }
    }

    /** The expected disagreements of a set: case name to reason. */
    static Map<String, String> expectedDisagreements(String set) {
        Map<String, String> reasons = new HashMap<>();
        String text = Fixtures.text("expected-disagreements.tsv");
        for (String line : text.split("\n")) {
            String[] fields = line.split("\t");
            if (!line.startsWith("#") && fields.length == 3 && fields[0].equals(set)) {
                reasons.put(fields[1], fields[2]);
            }
        }
        return reasons;
    }

    static List<CorpusCase> apicurio() {
        JsonNode tests = read("apicurio-registry/jsonschema-compatibility-test-data.json")
                .get("tests");
        List<CorpusCase> cases = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            JsonNode test = tests.get(i);
            cases.add(new CorpusCase(
                    "apicurio",
                    String.format("%03d %s", i, test.get("id").asText()),
                    test.get("compatibility").asText(),
                    test.get("original"),
                    test.get("updated")));
        }
        return cases;
    }

    static List<CorpusCase> karapace() {
        JsonNode tests = read("karapace/jsonschema-compatibility-cases.json");
        Map<String, Integer> seen = new HashMap<>();
        List<CorpusCase> cases = new ArrayList<>();
        for (JsonNode test : tests) {
            String function = test.get("test").asText();
            int index = seen.merge(function, 1, Integer::sum) - 1;
            cases.add(new CorpusCase(
                    "karapace",
                    function + "[" + index + "]",
                    test.get("compatible").asText(),
                    test.get("writer_schema"),
                    test.get("reader_schema")));
        }
        return cases;
    }

    /** What the engine says under STRICT, in the corpus's own words. */
    String actual() {
        CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT);
        List<JsonNode> versions = List.of(older, newer);
        boolean backward = checker.check(Mode.BACKWARD, versions).kind() == CompatibilityVerdict.Kind.COMPATIBLE;
        if (set.equals("karapace")) {
            return Boolean.toString(backward);
        }
        boolean forward = checker.check(Mode.FORWARD, versions).kind() == CompatibilityVerdict.Kind.COMPATIBLE;
        return backward ? (forward ? "both" : "backward") : (forward ? "forward" : "none");
    }

    @Override
    public String toString() {
        return name;
    }
}
