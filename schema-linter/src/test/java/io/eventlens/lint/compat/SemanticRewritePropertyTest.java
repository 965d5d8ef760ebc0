package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rewrites that keep a schema's meaning ({@link SemanticRewrites}) applied to every schema of the Apicurio and Karapace
 * corpora (skipped visibly when the shared corpus is absent) and of the change-kind examples: comparing a schema with
 * any of its rewrites reports no change, in either direction, under either policy.
 */
class SemanticRewritePropertyTest {

    private static final int REWRITES_PER_SCHEMA = 4;

    record Sample(String name, JsonNode schema) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> corpusSchemas() {
        if (!CorpusCase.available()) {
            return Stream.of(new Sample("shared corpus absent", null));
        }
        List<Sample> samples = new ArrayList<>();
        for (List<CorpusCase> set : List.of(CorpusCase.apicurio(), CorpusCase.karapace())) {
            for (CorpusCase c : set) {
                samples.add(new Sample(c.set() + " " + c.name() + " (old)", c.older()));
                samples.add(new Sample(c.set() + " " + c.name() + " (new)", c.newer()));
            }
        }
        return samples.stream().filter(s -> s.schema() != null);
    }

    static Stream<Sample> fixtureSchemas() {
        List<Sample> samples = new ArrayList<>();
        JsonNode fixtures = Fixtures.resource("change-kinds.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = fixtures.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> fixture = it.next();
            if (!fixture.getValue().has("language")) {
                samples.add(new Sample(
                        fixture.getKey() + " (old)", fixture.getValue().get("old")));
                samples.add(new Sample(
                        fixture.getKey() + " (new)", fixture.getValue().get("new")));
            }
        }
        return samples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusSchemas")
    void aCorpusSchemaAndItsRewritesCompareEqual(Sample sample) {
        assumeTrue(sample.schema() != null, CorpusCase::skipMessage);
        assertRewritesAreNoChange(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureSchemas")
    void aChangeKindExampleAndItsRewritesCompareEqual(Sample sample) {
        assertRewritesAreNoChange(sample);
    }

    private static void assertRewritesAreNoChange(Sample sample) {
        SemanticRewrites rewrites = new SemanticRewrites(sample.name().hashCode());
        for (int n = 0; n < REWRITES_PER_SCHEMA; n++) {
            SemanticRewrites.Rewrite rewrite = rewrites.rewrite(sample.schema());
            for (Policy policy : Policy.values()) {
                CompatibilityChecker checker = new CompatibilityChecker(policy);
                assertThat(checker.backwardDifferences(sample.schema(), rewrite.schema()))
                        .as("%s under %s, old to rewritten (%s): %s", sample, policy, rewrite.what(), rewrite.schema())
                        .isEmpty();
                assertThat(checker.backwardDifferences(rewrite.schema(), sample.schema()))
                        .as("%s under %s, rewritten (%s) to old: %s", sample, policy, rewrite.what(), rewrite.schema())
                        .isEmpty();
            }
        }
    }
}
