package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/**
 * The labelled AsyncAPI diff corpora in {@code ../shared/corpus/compat} (the system property
 * {@code eventlens.shared.dir}, which failsafe sets, else {@code ../../shared}), their expected disagreements
 * (src/test/resources/diff/expected-disagreements.tsv: set, case name, reason) and how a labelled path is matched.
 */
final class DiffCorpus {

    private DiffCorpus() {}

    static Path dir(String set) {
        return Path.of(System.getProperty("eventlens.shared.dir", "../../shared"), "corpus/compat", set)
                .toAbsolutePath()
                .normalize();
    }

    /** Skips the calling test or case source, visibly, when the set is not there. */
    static void assumeAvailable(String set) {
        Assumptions.assumeTrue(
                Files.isDirectory(dir(set)), () -> "shared corpus not found at " + dir(set) + ": skipping");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }

    static DocumentSide load(Path file) {
        CatalogLoad load = new CatalogLoader().load(file);
        assertThat(load.failed()).as("%s loads: %s", file, load.problems()).isEmpty();
        return DocumentSide.of(load.documents().get(0).document());
    }

    /** The listed disagreements of one set: case name (as the test names it, without the set) to reason. */
    static Map<String, String> disagreements(String set) {
        Map<String, String> reasons = new HashMap<>();
        try (InputStream in = DiffCorpus.class.getResourceAsStream("/diff/expected-disagreements.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields.length == 3 && fields[0].equals(set)) {
                    reasons.put(fields[1], fields[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read diff/expected-disagreements.tsv", e);
        }
        return reasons;
    }

    /** A listed case must still disagree (so the list stays true); any other case must agree. */
    static void assertAgreesUnlessListed(String set, String name, boolean agrees, Object ours) {
        String reason = disagreements(set).get(name);
        if (reason != null) {
            assertThat(agrees)
                    .as("listed as a disagreement (%s) but now agrees: remove it from the list; ours: %s", reason, ours)
                    .isFalse();
        } else {
            assertThat(agrees)
                    .as("%s %s agrees with its label; ours: %s", set, name, ours)
                    .isTrue();
        }
    }

    /** Prints the set's agreement, and checks that every listed disagreement names one of its cases. */
    static <C> void reportAgreementAndCheckTheList(
            String set, List<C> cases, Predicate<C> agrees, Function<C, String> name) {
        long agreeing = cases.stream().filter(agrees).count();
        System.out.printf("diff corpus %s: %d/%d agree%n", set, agreeing, cases.size());
        assertThat(disagreements(set).keySet())
                .as("listed disagreements of %s", set)
                .isSubsetOf(cases.stream().map(name).toList());
    }

    /** One pointer is the other or inside it. */
    static boolean related(String ours, String theirs) {
        return ours.equals(theirs) || ours.startsWith(theirs + "/") || theirs.startsWith(ours + "/");
    }
}
