package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jasyncapicmp's labelled cases (../shared/corpus/compat/jasyncapicmp): the inline old/new documents of
 * ApiCompatibilityCheckTest and SchemaCompatibilityCheckTest, each with the change types (or "unchanged") its
 * assertions expect at a path (see {@link JasyncapicmpCases}), and the one labelled line of the README's sample
 * output for old_2.6.0.yaml to new_2.6.0.yaml. change-types.tsv gives each change type a backward and a forward
 * flag; each flag is one case, and each "unchanged" path is one case.
 *
 * <p>Mapping: jasyncapicmp's flags follow the registries' directions (SCHEMA_PROPERTY_REQUIRED_ADDED breaks
 * backward, not forward; SCHEMA_MAX_LENGTH_INCREASED the opposite), so its backward flag is our BACKWARD mode and its
 * forward flag our FORWARD mode. It calls adding and removing a property compatible both ways, which is LENIENT
 * (STRICT would break on both, by design). A flag agrees when a breaking change of ours at or around the path exists
 * exactly when the flag says incompatible; "unchanged" agrees when we report no change there. The inline documents
 * lack {@code asyncapi} and {@code info} (jasyncapicmp's parser does not need them, our loader does): a 2.6.0 header
 * is put in front of each, and an empty {@code channels:} is read as no channels.
 */
class JasyncapicmpCorpusIT {

    static final String SET = "jasyncapicmp";
    static final String HEADER = "asyncapi: '2.6.0'\ninfo:\n  title: jasyncapicmp case\n  version: '1'\n";
    static final String TESTS = "jasyncapicmp/src/test/java/jasyncapicmp/cmp/";

    @TempDir
    static Path folder;

    /** One labelled expectation: a direction's flag for a change type, or "unchanged" (direction null). */
    record Case(
            String test,
            String oldYaml,
            String newYaml,
            String pointer,
            String expected,
            Mode direction,
            boolean compatible) {
        String name() {
            String label = direction == null
                    ? "unchanged"
                    : direction.name().toLowerCase(Locale.ROOT) + (compatible ? " compatible" : " incompatible");
            return test + " " + pointer + " " + expected + " [" + label + "]";
        }

        @Override
        public String toString() {
            return SET + " " + name();
        }
    }

    static Stream<Case> cases() {
        DiffCorpus.assumeAvailable(SET);
        Path dir = DiffCorpus.dir(SET);
        Map<String, boolean[]> flags = flags(DiffCorpus.read(dir.resolve("change-types.tsv")));
        List<Case> cases = new ArrayList<>();
        for (String file : List.of("ApiCompatibilityCheckTest.java", "compat/SchemaCompatibilityCheckTest.java")) {
            String source = DiffCorpus.read(dir.resolve(TESTS + file));
            for (JasyncapicmpCases.Test test : JasyncapicmpCases.read(file, source)) {
                String name = test.file().replaceFirst(".*/", "").replace(".java", "") + "." + test.method();
                String old = document(test.oldYaml());
                String updated = document(test.newYaml());
                test.expectations().forEach(e -> add(cases, name, old, updated, e, flags));
            }
        }
        String resources = "jasyncapicmp/src/test/resources/";
        String old = DiffCorpus.read(dir.resolve(resources + "old_2.6.0.yaml"));
        String updated = DiffCorpus.read(dir.resolve(resources + "new_2.6.0.yaml"));
        JasyncapicmpCases.readme(DiffCorpus.read(dir.resolve("README.md")))
                .forEach(e -> add(cases, "README old_2.6.0-new_2.6.0", old, updated, e, flags));
        return cases.stream();
    }

    private static String document(String inline) {
        return HEADER + (inline.strip().equals("channels:") ? "channels: {}" : inline);
    }

    private static void add(
            List<Case> cases,
            String test,
            String old,
            String updated,
            JasyncapicmpCases.Expectation e,
            Map<String, boolean[]> flags) {
        if (e.expected().equals(JasyncapicmpCases.UNCHANGED)) {
            cases.add(new Case(test, old, updated, e.pointer(), e.expected(), null, true));
            return;
        }
        boolean[] flag = flags.get(e.expected());
        assertThat(flag)
                .as("change type %s of %s is in change-types.tsv", e.expected(), test)
                .isNotNull();
        cases.add(new Case(test, old, updated, e.pointer(), e.expected(), Mode.BACKWARD, flag[0]));
        cases.add(new Case(test, old, updated, e.pointer(), e.expected(), Mode.FORWARD, flag[1]));
    }

    private static Map<String, boolean[]> flags(String table) {
        Map<String, boolean[]> flags = new HashMap<>();
        table.lines()
                .skip(1)
                .map(l -> l.split("\t"))
                .filter(f -> f.length == 3)
                .forEach(f -> flags.put(f[0], new boolean[] {Boolean.parseBoolean(f[1]), Boolean.parseBoolean(f[2])}));
        return flags;
    }

    static List<DocumentChange> diff(Case labelled) {
        Mode mode = labelled.direction() == null ? Mode.FULL : labelled.direction();
        return new DocumentDiff(mode, Policy.LENIENT)
                .diff(side("old.yaml", labelled.oldYaml()), side("new.yaml", labelled.newYaml()));
    }

    private static DocumentSide side(String name, String yaml) {
        try {
            Path file =
                    Files.writeString(Files.createTempDirectory(folder, "case").resolve(name), yaml);
            return DiffCorpus.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean agrees(Case labelled, List<DocumentChange> ours) {
        List<DocumentChange> there = ours.stream()
                .filter(c -> DiffCorpus.related(c.pointer(), labelled.pointer()))
                .toList();
        if (labelled.direction() == null) {
            return there.isEmpty();
        }
        return there.stream().anyMatch(DocumentChange::breaking) != labelled.compatible();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jasyncapicmpExpectationAgreesWithItsLabelUnlessListed(Case labelled) {
        List<DocumentChange> ours = diff(labelled);
        DiffCorpus.assertAgreesUnlessListed(SET, labelled.name(), agrees(labelled, ours), ours);
    }

    @Test
    void everyListedDisagreementNamesACaseOfTheSetAndTheAgreementIsReported() {
        DiffCorpus.reportAgreementAndCheckTheList(SET, cases().toList(), c -> agrees(c, diff(c)), Case::name);
    }
}
