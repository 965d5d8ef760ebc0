package io.eventlens.lint.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One minimal old/new pair per change kind (src/test/resources/compat/change-kinds.json, Avro kinds marked with
 * their language): the diff
 * reports the kind at the expected pointer, and the verdicts in both directions and under both policies
 * are exactly what the kind declares, which also holds {@code forward()} to the mirror kind.
 */
class ChangeKindFixturesTest {

    private static final JsonNode FIXTURES = Fixtures.resource("change-kinds.json");

    static Stream<Arguments> kinds() {
        return Stream.of(ChangeKind.values()).map(kind -> Arguments.of(kind, FIXTURES.get(kind.name())));
    }

    @Test
    void everyChangeKindHasAFixtureAndEveryFixtureNamesAKind() {
        List<String> names = Stream.of(ChangeKind.values()).map(Enum::name).toList();
        assertThat(FIXTURES.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void fixtureReportsItsKindAtItsPointerWithAnExplanation(ChangeKind kind, JsonNode fixture) {
        List<SchemaChange> changes = new CompatibilityChecker(Policy.STRICT, language(fixture))
                .backwardDifferences(fixture.get("old"), fixture.get("new"));

        assertThat(changes)
                .filteredOn(c -> c.kind() == kind)
                .extracting(SchemaChange::pointer)
                .contains(fixture.get("pointer").asText());
        assertThat(changes)
                .filteredOn(c -> c.kind() == kind)
                .first()
                .satisfies(c -> assertThat(c.explanation())
                        .doesNotContain("{pointer}", "{old}", "{new}")
                        .endsWith("."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void verdictsInBothDirectionsMatchWhatTheKindDeclares(ChangeKind kind, JsonNode fixture) {
        List<JsonNode> versions = List.of(fixture.get("old"), fixture.get("new"));
        for (Policy policy : Policy.values()) {
            CompatibilityChecker checker = new CompatibilityChecker(policy, language(fixture));
            assertThat(checker.check(Mode.BACKWARD, versions).kind() == CompatibilityVerdict.Kind.COMPATIBLE)
                    .as("backward under %s", policy)
                    .isEqualTo(kind.backward().compatibleUnder(policy));
            assertThat(checker.check(Mode.FORWARD, versions).kind() == CompatibilityVerdict.Kind.COMPATIBLE)
                    .as("forward under %s", policy)
                    .isEqualTo(kind.forward().compatibleUnder(policy));
        }
    }

    /** Fixtures of Avro kinds say so ({@code "language": "AVRO"}); the rest are JSON Schema. */
    private static SchemaLanguage language(JsonNode fixture) {
        return SchemaLanguage.valueOf(fixture.path("language").asText(SchemaLanguage.JSON_SCHEMA.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void onlyStrictOnlyKindsCarryARemedy(ChangeKind kind, JsonNode fixture) {
        boolean strictOnly = kind.backward() == Effect.STRICT_ONLY || kind.forward() == Effect.STRICT_ONLY;
        assertThat(kind.remedy().isEmpty()).isEqualTo(!strictOnly);
    }
}
