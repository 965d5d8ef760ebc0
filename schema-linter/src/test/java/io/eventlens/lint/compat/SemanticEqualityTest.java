package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schemas that accept the same values in an obvious way compare equal, under both policies and both directions. */
class SemanticEqualityTest {

    @ParameterizedTest(name = "{0} equals {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{'properties':{'a':{}}}|{'properties':{'a':true}}",
                "{'properties':{'a':{'type':'string'}}}|{'properties':{'a':{'anyOf':[{'type':'string'}]}}}",
                "{'properties':{'a':{'type':'string'}}}|{'properties':{'a':{'oneOf':[{'type':'string'}]}}}",
                "{'properties':{'a':{'type':'string'}}}|{'properties':{'a':{'allOf':[{'type':'string'}]}}}",
                "{'properties':{'a':false}}|{'properties':{'a':{'not':{}}}}",
                "{'properties':{'a':false}}|{'properties':{'a':{'not':true}}}",
                "{'type':'object','additionalProperties':false}|{'type':'object','additionalProperties':{'not':{}}}",
                "{'type':'object'}|{'type':'object','additionalProperties':{}}",
                "{'enum':['a','b']}|{'enum':['b','a','a']}",
                "{'type':['string','null']}|{'type':['null','string']}",
                "{'type':'string'}|{'type':'string','minLength':0}",
                "{'type':'object'}|{'type':'object','required':[]}",
                "{'type':'array'}|{'type':'array','items':{}}",
                "{'anyOf':[{'type':'string'},{'type':'integer'}]}|{'anyOf':[{'type':'string'},{'type':'inte"
                        + "ger'},false]}",
                "{'type':'string'}|{'anyOf':[{'type':'string'},{'not':{}}]}",
                "{'type':'object'}|{'type':'object','properties':{'a':true}}",
                "{'type':'object','additionalProperties':false}|"
                        + "{'type':'object','properties':{'a':false},'additionalProperties':false}",
            })
    void sameMeaningIsNoChange(String left, String right) {
        assertNoChange(json(left), json(right));
    }

    @Test
    void aPropertyDeclaredTrueInAnOpenModelIsNoChangeUnderStrict() {
        JsonNode open = json("{'type':'object','properties':{'id':{'type':'string'}}}");
        JsonNode declared = json("{'type':'object','properties':{'id':{'type':'string'},'foo':true}}");
        JsonNode declaredEmpty = json("{'type':'object','properties':{'id':{'type':'string'},'foo':{}}}");

        assertNoChange(open, declared);
        assertNoChange(open, declaredEmpty);
    }

    @Test
    void aPropertyDeclaredFalseRemovedFromAClosedModelIsNoChange() {
        JsonNode closed = json("{'type':'object','properties':{'id':{},'foo':false},'additionalProperties':false}");
        JsonNode without = json("{'type':'object','properties':{'id':{}},'additionalProperties':false}");

        assertNoChange(closed, without);
    }

    @Test
    void aPropertyDeclaredFalseRemovedFromAnOpenModelStillBreaksForwardUnderStrictOnly() {
        JsonNode old = json("{'type':'object','properties':{'foo':false}}");
        JsonNode updated = json("{'type':'object'}");

        assertThat(verdict(Policy.STRICT, Mode.BACKWARD, old, updated)).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
        assertThat(verdict(Policy.STRICT, Mode.FORWARD, old, updated))
                .isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        assertThat(verdict(Policy.LENIENT, Mode.FORWARD, old, updated)).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
    }

    @Test
    void anyOfBecomingADisjointOneOfWithMoreAlternativesIsAWidening() {
        JsonNode old = json("{'anyOf':[{'type':'string'}]}");
        JsonNode updated = json("{'oneOf':[{'type':'number'},{'type':'string'}]}");

        for (Policy policy : Policy.values()) {
            assertThat(verdict(policy, Mode.BACKWARD, old, updated))
                    .as("backward under %s", policy)
                    .isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
            assertThat(verdict(policy, Mode.FORWARD, old, updated))
                    .as("forward under %s (the number alternative is new)", policy)
                    .isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        }
    }

    @Test
    void anyOfBecomingADisjointOneOfIsNoChangeWhateverTellsTheAlternativesApart() {
        assertNoChange(
                json("{'anyOf':[{'type':'string'},{'type':'integer'}]}"),
                json("{'oneOf':[{'type':'string'},{'type':'integer'}]}"));
        assertNoChange(
                json("{'anyOf':[{'enum':['a','b']},{'const':'c'}]}"),
                json("{'oneOf':[{'enum':['a','b']},{'const':'c'}]}"));
        String kinds = "[{'required':['kind'],'properties':{'kind':{'const':'x'},'a':{'type':'string'}}},"
                + "{'required':['kind'],'properties':{'kind':{'enum':['y','z']},'b':{'type':'integer'}}}]";
        assertNoChange(
                json("{'type':'object','anyOf':" + kinds + "}"), json("{'type':'object','oneOf':" + kinds + "}"));
    }

    @Test
    void anyOfBecomingAnOverlappingOneOfStillBreaks() {
        JsonNode old = json("{'anyOf':[{'type':'number'},{'type':'integer'}]}");
        JsonNode updated = json("{'oneOf':[{'type':'number'},{'type':'integer'}]}");

        assertThat(new CompatibilityChecker(Policy.LENIENT).backwardDifferences(old, updated))
                .extracting(SchemaChange::kind)
                .contains(ChangeKind.ALTERNATIVES_MADE_EXCLUSIVE);
    }

    private static void assertNoChange(JsonNode left, JsonNode right) {
        for (Policy policy : Policy.values()) {
            CompatibilityChecker checker = new CompatibilityChecker(policy);
            assertThat(checker.backwardDifferences(left, right))
                    .as("%s, left to right", policy)
                    .isEmpty();
            assertThat(checker.backwardDifferences(right, left))
                    .as("%s, right to left", policy)
                    .isEmpty();
        }
    }

    private static CompatibilityVerdict.Kind verdict(Policy policy, Mode mode, JsonNode old, JsonNode updated) {
        return new CompatibilityChecker(policy)
                .check(mode, List.of(old, updated))
                .kind();
    }
}
