package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new pattern property also constrains the declared properties whose names it matches, so it is
 * compared with what the old schema required of each of them, under both policies and, by the swap, forward.
 */
class DeclaredPatternsTest {

    private static final JsonNode CLOSED_XA =
            json("{'type':'object','properties':{'xa':{'type':'integer'}},'additionalProperties':false}");

    private final CompatibilityChecker strict = new CompatibilityChecker(Policy.STRICT);
    private final CompatibilityChecker lenient = new CompatibilityChecker(Policy.LENIENT);

    private static JsonNode closedXaWithPattern(String regex, String schema) {
        return json("{'type':'object','properties':{'xa':{'type':'integer'}},'patternProperties':{'" + regex + "':"
                + schema + "},'additionalProperties':false}");
    }

    @Test
    void aNewPatternThatRejectsADeclaredPropertysOldValuesBreaksUnderBothPolicies() {
        JsonNode updated = closedXaWithPattern("^x", "{'type':'string'}");

        for (CompatibilityChecker checker : List.of(strict, lenient)) {
            CompatibilityVerdict verdict = checker.check(Mode.BACKWARD, List.of(CLOSED_XA, updated));

            assertThat(verdict).as("under %s", checker.policy()).isInstanceOfSatisfying(Incompatible.class, v -> {
                assertThat(v.breaking())
                        .extracting(f -> f.change().kind(), f -> f.change().pointer())
                        .containsExactly(tuple(ChangeKind.TYPE_CHANGED, "/patternProperties/^x/type"));
                assertThat(v.strictOnly()).isFalse();
            });
        }
        assertThat(strict.backwardDifferences(CLOSED_XA, updated))
                .filteredOn(c -> c.kind() == ChangeKind.PATTERN_PROPERTY_APPLIES_TO_DECLARED)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.pointer()).isEqualTo("/patternProperties/^x");
                    assertThat(c.explanation())
                            .isEqualTo("The pattern property at '/patternProperties/^x' now also "
                                    + "constrains the declared property \"xa\", so its old "
                                    + "values are checked against the "
                                    + "pattern's schema {\"type\":\"string\"}.");
                });
    }

    @Test
    void aNewPatternMatchingNoDeclaredNameChangesNothingForThem() {
        JsonNode updated = closedXaWithPattern("^y", "{'type':'string'}");

        assertThat(strict.backwardDifferences(CLOSED_XA, updated))
                .extracting(SchemaChange::kind)
                .containsExactly(ChangeKind.PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL);
        assertThat(strict.check(Mode.BACKWARD, List.of(CLOSED_XA, updated)).exitCode())
                .isZero();
        assertThat(lenient.check(Mode.BACKWARD, List.of(CLOSED_XA, updated)).exitCode())
                .isZero();
    }

    @Test
    void aNewPatternWhoseSchemaAcceptsTheDeclaredPropertysValuesIsCompatible() {
        JsonNode updated = closedXaWithPattern("^x", "{'type':'number'}");

        assertThat(strict.backwardDifferences(CLOSED_XA, updated))
                .extracting(SchemaChange::kind)
                .contains(ChangeKind.PATTERN_PROPERTY_APPLIES_TO_DECLARED, ChangeKind.TYPE_WIDENED);
        assertThat(strict.check(Mode.BACKWARD, List.of(CLOSED_XA, updated)).exitCode())
                .isZero();
        assertThat(lenient.check(Mode.BACKWARD, List.of(CLOSED_XA, updated)).exitCode())
                .isZero();
    }

    @Test
    void forwardAnOldPatternDroppedFromTheNewestVersionMustAcceptItsDeclaredPropertysNewValues() {
        JsonNode old = closedXaWithPattern("^x", "{'type':'integer','minimum':0}");
        JsonNode anyInteger = CLOSED_XA;
        JsonNode nonNegative = json("{'type':'object','properties':{'xa':{'type':'integer','minimum':0}},"
                + "'additionalProperties':false}");

        for (CompatibilityChecker checker : List.of(strict, lenient)) {
            assertThat(checker.check(Mode.FORWARD, List.of(old, anyInteger)))
                    .as("under %s", checker.policy())
                    .isInstanceOfSatisfying(
                            Incompatible.class,
                            v -> assertThat(v.breaking())
                                    .extracting(f -> f.change().kind())
                                    .containsExactly(ChangeKind.MINIMUM_ADDED));
            assertThat(checker.check(Mode.FORWARD, List.of(old, nonNegative)).exitCode())
                    .as("under %s", checker.policy())
                    .isZero();
        }
    }

    @Test
    void aNameThatOnlyAnOldPatternConstrainedIsComparedWithThatPattern() {
        JsonNode old = json("{'type':'object','patternProperties':{'^xa':{'type':'integer'}},"
                + "'additionalProperties':{'type':'string'}}");
        JsonNode updated = json("{'type':'object','properties':{'xa':{'type':'integer'}},"
                + "'patternProperties':{'^xa':{'type':'integer'},'^x':{'type':'string'}},"
                + "'additionalProperties':{'type':'string'}}");

        assertThat(lenient.check(Mode.BACKWARD, List.of(old, updated)))
                .isInstanceOfSatisfying(
                        Incompatible.class,
                        v -> assertThat(v.breaking())
                                .extracting(f -> f.change().pointer())
                                .containsExactly("/patternProperties/^x/type"));
    }

    @Test
    void aRemovedPropertyIsComparedWithEveryNewPatternMatchingItOnce() {
        JsonNode updated =
                json("{'type':'object','patternProperties':{'^x':{'type':'integer'},'^xa':{'type':'string'}},"
                        + "'additionalProperties':false}");

        List<SchemaChange> changes = lenient.backwardDifferences(CLOSED_XA, updated);

        assertThat(changes)
                .filteredOn(c -> c.kind() == ChangeKind.PATTERN_PROPERTY_APPLIES_TO_DECLARED)
                .extracting(SchemaChange::pointer)
                .containsExactly("/patternProperties/^xa");
        assertThat(changes)
                .filteredOn(c -> !c.isBackwardCompatible(Policy.LENIENT))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactly(tuple(ChangeKind.TYPE_CHANGED, "/patternProperties/^xa/type"));
    }

    @Test
    void aNewPatternReferringToTheRecursiveRootEndsAndIsCompatible() {
        JsonNode old = json("{'type':'object','properties':{'xa':{'$ref':'#'}},'additionalProperties':false}");
        JsonNode updated = json("{'type':'object','properties':{'xa':{'$ref':'#'}},"
                + "'patternProperties':{'^x':{'$ref':'#'}},'additionalProperties':false}");

        assertThat(strict.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind)
                .contains(ChangeKind.PATTERN_PROPERTY_APPLIES_TO_DECLARED);
        assertThat(strict.check(Mode.BACKWARD, List.of(old, updated)).exitCode())
                .isZero();
    }
}
