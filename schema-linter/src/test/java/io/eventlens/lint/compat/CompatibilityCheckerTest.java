package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CompatibilityCheckerTest {

    private static final JsonNode V1 =
            json("{'type':'object','properties':{'id':{'type':'string'}},'required':['id']}");
    private static final JsonNode V2 =
            json("{'type':'object','properties':{'id':{'type':'string','maxLength':10}},'required':['id']}");
    private static final JsonNode V3 =
            json("{'type':'object','properties':{'id':{'type':'string','maxLength':20}},'required':['id']}");

    private final CompatibilityChecker strict = new CompatibilityChecker(Policy.STRICT);
    private final CompatibilityChecker lenient = new CompatibilityChecker(Policy.LENIENT);

    @Test
    void backwardChecksOnlyTheVersionJustBeforeTheNewest() {
        assertThat(strict.check(Mode.BACKWARD, List.of(V1, V2, V3)).kind())
                .isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
    }

    @Test
    void backwardTransitiveChecksEveryEarlierVersionAndNamesTheOneThatBreaks() {
        CompatibilityVerdict verdict = strict.check(Mode.BACKWARD_TRANSITIVE, List.of(V1, V2, V3));

        assertThat(verdict).isInstanceOfSatisfying(Incompatible.class, v -> {
            assertThat(v.breaking()).singleElement().satisfies(f -> {
                assertThat(f.earlierVersion()).isZero();
                assertThat(f.direction()).isEqualTo(Direction.BACKWARD);
                assertThat(f.change().kind()).isEqualTo(ChangeKind.MAX_LENGTH_ADDED);
                assertThat(f.change().pointer()).isEqualTo("/properties/id/maxLength");
                assertThat(f.change().oldValue()).isNull();
                assertThat(f.change().newValue().asInt()).isEqualTo(20);
            });
            assertThat(v.exitCode()).isEqualTo(1);
            assertThat(v.summary())
                    .startsWith("INCOMPATIBLE under STRICT (BACKWARD_TRANSITIVE): 1 breaking change(s)")
                    .contains("against version 1 (backward) MAX_LENGTH_ADDED at '/properties/id/maxLength'");
        });
    }

    @Test
    void forwardIsTheBackwardComparisonWithTheVersionsSwapped() {
        CompatibilityVerdict forward = strict.check(Mode.FORWARD, List.of(V2, V3));

        assertThat(forward)
                .isInstanceOfSatisfying(
                        Incompatible.class,
                        v -> assertThat(v.breaking()).singleElement().satisfies(f -> {
                            assertThat(f.direction()).isEqualTo(Direction.FORWARD);
                            assertThat(f.change().kind()).isEqualTo(ChangeKind.MAX_LENGTH_DECREASED);
                        }));
        assertThat(strict.backwardDifferences(V3, V2))
                .extracting(SchemaChange::kind)
                .containsExactly(ChangeKind.MAX_LENGTH_DECREASED);
    }

    @Test
    void fullChecksBothDirectionsAndFullTransitiveEveryVersion() {
        assertThat(strict.check(Mode.FULL, List.of(V2, V2)).exitCode()).isZero();
        assertThat(strict.check(Mode.FULL, List.of(V2, V3)).exitCode()).isEqualTo(1);
        CompatibilityVerdict transitive = strict.check(Mode.FULL_TRANSITIVE, List.of(V1, V3, V3));
        assertThat(transitive)
                .isInstanceOfSatisfying(
                        Incompatible.class,
                        v -> assertThat(v.breaking())
                                .extracting(Finding::earlierVersion)
                                .containsOnly(0));
        assertThat(strict.check(Mode.FORWARD_TRANSITIVE, List.of(V3, V1, V1)).exitCode())
                .isEqualTo(1);
    }

    @Test
    void noneModeAndASingleVersionAreCompatibleWithoutComparing() {
        assertThat(strict.check(Mode.NONE, List.of(V3, json("{'type':'integer'}"))))
                .isEqualTo(new Compatible(Mode.NONE, Policy.STRICT, List.of()));
        assertThat(strict.check(Mode.BACKWARD, List.of(V1)).summary())
                .isEqualTo("COMPATIBLE under STRICT (BACKWARD): 0 change(s), none breaking.");
    }

    @Test
    void noVersionsIsNotComparableWithExitCodeTwo() {
        CompatibilityVerdict verdict = strict.check(Mode.BACKWARD, List.of());

        assertThat(verdict.exitCode()).isEqualTo(2);
        assertThat(verdict.summary())
                .isEqualTo("NOT COMPARABLE: no schema versions given; pass at least one, oldest first");
    }

    @Test
    void addingAPropertyToAnOpenModelBreaksOnlyUnderStrictAndTheVerdictSaysHowToFixIt() {
        JsonNode open = json("{'type':'object','properties':{'id':{'type':'string'}}}");
        JsonNode added = json("{'type':'object','properties':{'id':{'type':'string'},'note':{'type':'string'}}}");

        CompatibilityVerdict underStrict = strict.check(Mode.BACKWARD, List.of(open, added));
        assertThat(underStrict).isInstanceOfSatisfying(Incompatible.class, v -> {
            assertThat(v.strictOnly()).isTrue();
            assertThat(v.policy()).isEqualTo(Policy.STRICT);
            assertThat(v.remedy()).startsWith("close the old object (additionalProperties: false)");
            assertThat(v.summary())
                    .contains("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL at '/properties/note'")
                    .contains("This break comes from the STRICT policy only (compatible under "
                            + "LENIENT): close the old object");
        });
        CompatibilityVerdict underLenient = lenient.check(Mode.BACKWARD, List.of(open, added));
        assertThat(underLenient).isInstanceOfSatisfying(Compatible.class, v -> {
            assertThat(v.policy()).isEqualTo(Policy.LENIENT);
            assertThat(v.findings())
                    .extracting(f -> f.change().kind())
                    .containsExactly(ChangeKind.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL);
        });
    }

    @Test
    void aBreakUnderBothPoliciesIsNotStrictOnlyAndCarriesNoRemedy() {
        CompatibilityVerdict verdict = lenient.check(Mode.BACKWARD, List.of(V1, V2));

        assertThat(verdict).isInstanceOfSatisfying(Incompatible.class, v -> {
            assertThat(v.strictOnly()).isFalse();
            assertThat(v.remedy()).isEmpty();
            assertThat(v.summary()).doesNotContain("STRICT policy only");
        });
    }

    @Test
    void aChangeExplainsItselfInOneSentenceWithPointerAndValues() {
        SchemaChange change = strict.backwardDifferences(V3, V2).get(0);

        assertThat(change.explanation())
                .isEqualTo("The maxLength at '/properties/id/maxLength' fell from 20 to 10, so "
                        + "longer old strings are rejected.");
    }

    @Test
    void modesAndPoliciesParseCaseInsensitivelyAndRejectUnknownNamesListingTheAllowedOnes() {
        assertThat(Mode.parse("full-transitive")).isEqualTo(Mode.FULL_TRANSITIVE);
        assertThat(Policy.parse("lenient")).isEqualTo(Policy.LENIENT);
        assertThatThrownBy(() -> Mode.parse("SIDEWAYS"))
                .hasMessage("unknown compatibility mode 'SIDEWAYS'; allowed: "
                        + "BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE");
        assertThatThrownBy(() -> Policy.parse("LOOSE"))
                .hasMessage("unknown compatibility policy 'LOOSE'; allowed: STRICT, LENIENT");
    }

    @Test
    void anIncompatibleVerdictWithoutABreakingChangeCannotBeBuilt() {
        assertThatThrownBy(() -> new Incompatible(Mode.BACKWARD, Policy.STRICT, List.of(), List.of()))
                .hasMessage("an incompatible verdict needs at least one breaking change");
    }

    @Test
    void removingARequiredFieldBreaksForwardAndFullButNotBackward() {
        JsonNode before = json("{'type':'object','properties':{'orderId':{'type':'string'},'total':{'type':'number'}},"
                + "'required':['orderId','total'],'additionalProperties':false}");
        JsonNode after = json("{'type':'object','properties':{'orderId':{'type':'string'}},"
                + "'required':['orderId'],'additionalProperties':false}");
        List<JsonNode> versions = List.of(before, after);

        assertThat(strict.check(Mode.BACKWARD, versions))
                .isInstanceOfSatisfying(
                        Incompatible.class,
                        v -> assertThat(v.breaking())
                                .extracting(f -> f.change().kind())
                                .containsExactly(ChangeKind.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL));
        JsonNode afterOpen =
                json("{'type':'object','properties':{'orderId':{'type':'string'}},'required':['orderId']}");
        assertThat(strict.check(Mode.BACKWARD, List.of(before, afterOpen)).exitCode())
                .isZero();
        assertThat(strict.check(Mode.FORWARD, List.of(before, afterOpen)))
                .isInstanceOfSatisfying(
                        Incompatible.class,
                        v -> assertThat(v.breaking())
                                .extracting(
                                        f -> f.change().kind(), f -> f.change().pointer())
                                .contains(Tuple.tuple(ChangeKind.REQUIRED_PROPERTY_ADDED, "/required")));
        assertThat(lenient.check(Mode.FULL, List.of(before, afterOpen)).exitCode())
                .isEqualTo(1);
    }
}
