package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** {@code contains} counted by {@code minContains}/{@code maxContains}, read only where the draft has them. */
class ContainsCountTest {

    private static final String DRAFT_2020 = "'$schema':'https://json-schema.org/draft/2020-12/schema',";

    @Test
    void raisingMinContainsBreaksBackwardUnderBothPolicies() {
        JsonNode old = array(DRAFT_2020, "'minContains':1");
        JsonNode updated = array(DRAFT_2020, "'minContains':3");

        for (Policy policy : Policy.values()) {
            CompatibilityVerdict verdict = new CompatibilityChecker(policy).check(Mode.BACKWARD, List.of(old, updated));
            assertThat(verdict.kind()).as("under %s", policy).isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
            assertThat(((Incompatible) verdict).breaking())
                    .extracting(f -> f.change().kind(), f -> f.change().pointer())
                    .containsExactly(Tuple.tuple(ChangeKind.MIN_CONTAINS_INCREASED, "/minContains"));
        }
    }

    @Test
    void anAbsentMinContainsIsOne() {
        assertThat(new CompatibilityChecker(Policy.STRICT)
                        .backwardDifferences(array(DRAFT_2020, "'minContains':1"), array(DRAFT_2020, "")))
                .isEmpty();
    }

    @Test
    void aMinContainsOfZeroWithoutMaxContainsConstrainsNothing() {
        JsonNode plain = json("{" + DRAFT_2020 + "'type':'array'}");

        assertThat(new CompatibilityChecker(Policy.STRICT)
                        .backwardDifferences(plain, array(DRAFT_2020, "'minContains':0")))
                .isEmpty();
    }

    @Test
    void aSchemaDeclaringDraftSevenIgnoresMinContainsAsAnUnknownKeyword() {
        String draft7 = "'$schema':'http://json-schema.org/draft-07/schema#',";

        assertThat(new CompatibilityChecker(Policy.STRICT)
                        .backwardDifferences(array(draft7, "'minContains':1"), array(draft7, "'minContains':3")))
                .isEmpty();
        assertThat(new CompatibilityChecker(Policy.STRICT)
                        .assuming(Draft.DRAFT_07)
                        .backwardDifferences(array("", "'minContains':1"), array("", "'minContains':3")))
                .isEmpty();
    }

    @Test
    void aSchemaNamingNoDraftHasMinContainsComparedUnlessADraftIsAssumed() {
        assertThat(new CompatibilityChecker(Policy.STRICT)
                        .backwardDifferences(array("", "'minContains':1"), array("", "'minContains':3")))
                .extracting(SchemaChange::kind)
                .containsExactly(ChangeKind.MIN_CONTAINS_INCREASED);
        assertThat(new CompatibilityChecker(Policy.STRICT)
                        .assuming(Draft.DRAFT_2019_09)
                        .backwardDifferences(array("", "'minContains':1"), array("", "'minContains':3")))
                .extracting(SchemaChange::kind)
                .containsExactly(ChangeKind.MIN_CONTAINS_INCREASED);
    }

    @Test
    void aContainsSchemaThatMatchesMoreUnderAMaxContainsBreaksBothWays() {
        JsonNode old =
                json("{" + DRAFT_2020 + "'type':'array','contains':{'type':'string','maxLength':3},'maxContains':2}");
        JsonNode updated = array(DRAFT_2020, "'maxContains':2");

        assertThat(new CompatibilityChecker(Policy.LENIENT).backwardDifferences(old, updated))
                .filteredOn(c -> !c.isBackwardCompatible(Policy.LENIENT))
                .extracting(SchemaChange::kind)
                .containsExactly(ChangeKind.CONTAINS_SCHEMA_WIDENED_UNDER_MAX_CONTAINS);
        assertThat(new CompatibilityChecker(Policy.LENIENT).backwardDifferences(updated, old))
                .extracting(SchemaChange::kind)
                .contains(ChangeKind.MAX_LENGTH_ADDED);
    }

    private static JsonNode array(String draft, String counts) {
        return json("{" + draft + "'type':'array','contains':{'type':'string'}" + (counts.isEmpty() ? "" : ",") + counts
                + "}");
    }
}
