package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.lint.diff.DocumentChange;
import io.eventlens.lint.diff.DocumentDiff;
import io.eventlens.lint.diff.DocumentSide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * api-smart-diff's labelled JSON Schema and AsyncAPI cases (../shared/corpus/compat/api-smart-diff), read from its
 * jest sources by {@link ApiSmartDiffCases}: each change it labels breaking, nonBreaking, annotation or deprecated is
 * one case; unclassified changes and changes asserted without a type are not.
 *
 * <p>Mapping: api-smart-diff classifies a schema as a request schema: a change breaks when the new schema rejects
 * what clients built against the old one still send. The new schema reads data written for the old one, which is
 * our BACKWARD mode. It calls adding an optional property (and any property removal) non-breaking, which is LENIENT:
 * STRICT would break on an added optional property, by design. annotation and deprecated changes describe a schema
 * without rejecting anything, so they are non-breaking labels. A case agrees when a backward change of ours at or
 * around its pointer breaks under LENIENT exactly when the label is breaking; for an entry of {@code required} only
 * our required-added (action add) or required-removed (action remove) changes count. The pointers index
 * api-smart-diff's merged schema, which for arrays lists the old entries first, then the added ones. A pair we refuse
 * as invalid input never agrees. The AsyncAPI case runs through {@link DocumentDiff} under the same mode and policy.
 */
class ApiSmartDiffCorpusIT {

    static final String SET = "api-smart-diff";

    @TempDir
    static Path folder;

    record Case(ApiSmartDiffCases.Test test, ApiSmartDiffCases.Label label) {
        String name() {
            String at = label.whole() ? "(whole diff)" : label.pointer();
            return test.file() + " #" + test.ordinal() + " '" + test.title() + "' " + at + " " + label.action() + " ["
                    + label.type() + "]";
        }

        boolean breaking() {
            return label.type().equals("breaking");
        }

        @Override
        public String toString() {
            return SET + " " + name();
        }
    }

    private static final Set<String> ANNOTATIONS =
            Set.of("title", "description", "examples", "$comment", "deprecated", "readOnly", "writeOnly");

    static Path dir() {
        return CorpusCase.sharedDir().resolve(CorpusCase.CORPUS).resolve(SET);
    }

    static Stream<Case> cases() {
        assumeTrue(Files.isDirectory(dir()), () -> "shared corpus not found at " + dir() + ": skipping");
        try (Stream<Path> files = Stream.concat(
                Files.list(dir().resolve("test/jsonSchema")), Files.list(dir().resolve("test/asyncapi")))) {
            return files.filter(f -> f.toString().endsWith(".test.ts")).sorted().toList().stream()
                    .flatMap(f -> ApiSmartDiffCases.read(f).stream())
                    .flatMap(t -> t.labels().stream()
                            .filter(l -> ApiSmartDiffCases.CLASSIFIED.contains(l.type()))
                            .map(l -> new Case(t, l)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir(), e);
        }
    }

    /** Whether ours agrees, and what ours was (our changes, or why we refused the pair). */
    record Outcome(boolean agrees, Object ours) {}

    static Outcome evaluate(Case labelled) {
        if (labelled.test().document()) {
            List<DocumentChange> ours = new DocumentDiff(Mode.BACKWARD, Policy.LENIENT)
                    .diff(
                            side("before", labelled.test().before()),
                            side("after", labelled.test().after()));
            return new Outcome(ours.stream().anyMatch(DocumentChange::breaking) == labelled.breaking(), ours);
        }
        List<SchemaChange> ours;
        try {
            ours = new CompatibilityChecker(Policy.LENIENT)
                    .backwardDifferences(
                            labelled.test().before(), labelled.test().after());
        } catch (SchemaComparisonException refused) {
            return new Outcome(false, "not comparable: " + refused.getMessage());
        }
        boolean breaking = ours.stream()
                .filter(c -> !c.isBackwardCompatible(Policy.LENIENT))
                .anyMatch(c -> concerns(c, labelled.label()));
        return new Outcome(breaking == labelled.breaking(), ours);
    }

    /**
     * Whether our change speaks about the labelled one: at its place, inside it, or around it. A change around
     * an annotation (a oneOf overlap around an alternative whose title changed) is not about the annotation,
     * which rejects no value whatever happens around it.
     */
    static boolean concerns(SchemaChange change, ApiSmartDiffCases.Label label) {
        boolean around = label.pointer().startsWith(change.pointer() + "/");
        if (around
                && ANNOTATIONS.contains(
                        label.pointer().substring(label.pointer().lastIndexOf('/') + 1))) {
            return false;
        }
        boolean related = change.pointer().equals(label.pointer())
                || change.pointer().startsWith(label.pointer() + "/")
                || around;
        if (!label.pointer().matches(".*/required/\\d+")) {
            return related;
        }
        ChangeKind kind = label.action().equals("add")
                ? ChangeKind.REQUIRED_PROPERTY_ADDED
                : ChangeKind.REQUIRED_PROPERTY_REMOVED;
        return related && change.kind() == kind;
    }

    private static DocumentSide side(String name, JsonNode document) {
        try {
            Path file = Files.createTempDirectory(folder, "case").resolve(name + ".json");
            Fixtures.JSON.writeValue(file.toFile(), document);
            CatalogLoad load = new CatalogLoader().load(file);
            assertThat(load.failed()).as("%s loads: %s", name, load.problems()).isEmpty();
            return DocumentSide.of(load.documents().get(0).document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void apiSmartDiffChangeAgreesWithItsLabelUnlessListed(Case labelled) {
        Outcome outcome = evaluate(labelled);
        Map<String, String> listed = CorpusCase.expectedDisagreements(SET);
        if (listed.containsKey(labelled.name())) {
            assertThat(outcome.agrees())
                    .as(
                            "listed as a disagreement (%s) but now agrees: remove it from the list; ours: %s",
                            listed.get(labelled.name()), outcome.ours())
                    .isFalse();
        } else {
            assertThat(outcome.agrees())
                    .as("%s agrees with its label; ours: %s", labelled, outcome.ours())
                    .isTrue();
        }
    }

    @Test
    void everyListedDisagreementNamesACaseOfTheSetAndTheAgreementIsReported() {
        List<Case> cases = cases().toList();
        long agreeing = cases.stream().filter(c -> evaluate(c).agrees()).count();
        System.out.printf(
                "compatibility corpus %s: %d/%d agree (%.1f%%)%n",
                SET, agreeing, cases.size(), 100.0 * agreeing / cases.size());
        assertThat(CorpusCase.expectedDisagreements(SET).keySet())
                .isSubsetOf(cases.stream().map(Case::name).toList());
    }
}
