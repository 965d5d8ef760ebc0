package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.catalog.load.ParseLimits;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Bad and hostile input: always a verdict or a clear error, never a hang or a crash. */
class HostileInputTest {

    private final CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT);

    private CompatibilityVerdict backward(JsonNode old, JsonNode updated) {
        return checker.check(Mode.BACKWARD, List.of(old, updated));
    }

    @Test
    void aRefCycleThatNeverReachesASchemaIsNotComparable() {
        JsonNode loop = json("{'$ref':'#/$defs/a','$defs':{'a':{'$ref':'#/$defs/b'},'b':{'$ref':'#/$defs/a'}}}");

        assertThat(backward(json("{}"), loop))
                .isEqualTo(new NotComparable(
                        "$ref chain at '' in the new schema is longer "
                                + "than 32 hops: a cycle of references that never reaches a schema",
                        "",
                        0));
    }

    @Test
    void aRecursiveSchemaIsComparedOnceAndItsChangeFound() {
        JsonNode old = json("{'type':'object','properties':{'v':{'type':'string'},'next':{'$ref':'#'}}}");
        JsonNode updated =
                json("{'type':'object','properties':{'v':{'type':'string','maxLength':9},'next':{'$ref':'#'}}}");

        assertThat(checker.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactly(Tuple.tuple(ChangeKind.MAX_LENGTH_ADDED, "/properties/v/maxLength"));
    }

    @Test
    void mutuallyRecursiveDefinitionsEnd() {
        JsonNode schema = json("{'$ref':'#/$defs/A','$defs':{'A':{'properties':{'b':{'$ref':'#/$defs/B'}}},"
                + "'B':{'properties':{'a':{'$ref':'#/$defs/A'}},'anyOf':[{'$ref':'#/$defs/A'},{'type':'null'}]}}}");

        assertThat(checker.check(Mode.FULL, List.of(schema, schema.deepCopy())).exitCode())
                .isZero();
    }

    @Test
    void tenThousandPropertiesAreComparedAndEveryChangeReported() {
        ObjectNode old = objectWithProperties(10_000);
        ObjectNode updated = objectWithProperties(10_000);
        ((ObjectNode) updated.get("properties")).remove("p42");
        ((ObjectNode) updated.get("properties").get("p7")).put("maxLength", 3);

        List<SchemaChange> changes = checker.backwardDifferences(old, updated);

        assertThat(changes)
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(ChangeKind.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, "/properties/p42"),
                        Tuple.tuple(ChangeKind.MAX_LENGTH_ADDED, "/properties/p7/maxLength"));
    }

    @Test
    void catastrophicPatternsAreComparedAsTextNotRun() {
        JsonNode old = json("{'type':'string','pattern':'^(a+)+$'}");
        JsonNode updated = json("{'type':'string','pattern':'^(a|aa)+$'}");

        assertThat(checker.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind)
                .containsExactly(ChangeKind.PATTERN_CHANGED);
    }

    @Test
    void aCatastrophicPatternPropertyStopsWithAClearErrorInsteadOfHanging() {
        // Java's regex engine memoises (a+)+ but not this polynomial blow-up
        JsonNode old = json("{'type':'object','patternProperties':{'^(.*a){20}$':{'type':'string'}}}");
        JsonNode updated = json("{'type':'object','patternProperties':{'^(.*a){20}$':{'type':'string'}},"
                + "'properties':{'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!':{'type':'string'}}}");

        CompatibilityVerdict verdict = backward(old, updated);

        assertThat(verdict).isInstanceOfSatisfying(NotComparable.class, v -> {
            assertThat(v.reason())
                    .isEqualTo("pattern '^(.*a){20}$' at '/patternProperties/^(.*a){20}$' needed more than "
                            + "100000 steps to match the property name "
                            + "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' (catastrophic "
                            + "backtracking); use a pattern without nested quantifiers");
            assertThat(v.exitCode()).isEqualTo(2);
        });
    }

    @Test
    void manyNamesAgainstASlowPatternStopAtTheTotalRegexBudget() {
        ObjectNode old = JsonNodeFactory.instance.objectNode();
        old.putObject("patternProperties").putObject("^(.*a){3}$");
        ObjectNode updated = old.deepCopy();
        ObjectNode properties = updated.putObject("properties");
        for (int i = 0; i < 10_000; i++) {
            properties.putObject("a".repeat(39) + "!" + i);
        }

        assertThat(backward(old, updated))
                .isInstanceOfSatisfying(
                        NotComparable.class,
                        v -> assertThat(v.reason())
                                .startsWith("matching property names against patternProperties "
                                        + "stopped after 5000000 steps in total, at pattern '^(.*a){3}$'")
                                .endsWith("too many names for slow patterns; simplify the patterns"));
    }

    @Test
    void anInvalidPatternPropertyRegexIsNamed() {
        JsonNode old = json("{'patternProperties':{'([a-':{}}}");

        assertThat(backward(old, json("{'properties':{'x':{}}}")).summary())
                .isEqualTo("NOT COMPARABLE (comparing version 1 "
                        + "with the newest): pattern '([a-' at '/patternProperties/([a-' is "
                        + "not a valid regular expression: "
                        + "Illegal character range");
    }

    @Test
    void anUnknownDraftIsNotComparableAndTheAllowedDraftsAreListed() {
        JsonNode unknown = json("{'$schema':'http://json-schema.org/draft-99/schema#','type':'string'}");

        assertThat(backward(json("{'type':'string'}"), unknown))
                .isEqualTo(new NotComparable(
                        "unknown $schema 'http://json-schema.org/draft-99/schema#' in the new "
                                + "schema; allowed drafts: draft-04, "
                                + "draft-06, draft-07, 2019-09 and 2020-12 "
                                + "(http(s)://json-schema.org/... URIs); without $schema, "
                                + "draft-07 rules apply",
                        "/$schema",
                        0));
        assertThat(backward(json("{'$schema':7}"), json("{}")).summary())
                .contains("$schema of the old schema must be a string, was 7");
    }

    @Test
    void booleanSchemasAreComparedByWhatTheyAccept() {
        assertThat(backward(JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.booleanNode(false))
                        .exitCode())
                .isEqualTo(1);
        assertThat(backward(JsonNodeFactory.instance.booleanNode(false), json("{'type':'string'}"))
                        .exitCode())
                .isZero();
        assertThat(backward(json("{'type':'object'}"), JsonNodeFactory.instance.booleanNode(true))
                        .exitCode())
                .isZero();
        assertThat(backward(json("{'properties':{'a':false}}"), json("{'properties':{'a':{'type':'string'}}}"))
                        .exitCode())
                .isZero();
    }

    @Test
    void missingAndNonSchemaDocumentsAreNamed() {
        assertThat(backward(MissingNode.getInstance(), json("{}")).summary())
                .isEqualTo("NOT COMPARABLE (comparing version 1 "
                        + "with the newest): the old schema is missing or empty; give "
                        + "a JSON object or a boolean schema");
        assertThat(backward(json("{}"), TextNode.valueOf("abc")).summary())
                .endsWith("the new schema must be a JSON object or a boolean, was string \"abc\"");
        assertThatThrownBy(() -> checker.backwardDifferences(null, json("{}")))
                .isInstanceOf(SchemaComparisonException.class)
                .hasMessage("the old schema is missing or empty; give a JSON object or a boolean schema");
    }

    @Test
    void aKeywordHoldingANonSchemaIsNamedWithItsPointer() {
        CompatibilityVerdict verdict = backward(json("{'properties':{'a':{}}}"), json("{'properties':{'a':5}}"));

        assertThat(verdict)
                .isEqualTo(new NotComparable(
                        "the schema at '/properties/a' in the new schema must be an object or a boolean, was 5",
                        "/properties/a",
                        0));
    }

    @Test
    void keywordsOfTheWrongShapeAreNamedWithTheirPointerAndWhatIsAllowed() {
        JsonNode plain = json("{'properties':{'a':{'type':'string'}}}");

        assertThat(backward(plain, json("{'properties':{'a':{'type':'string','maxLength':'5'}}}"))
                        .summary())
                .endsWith("'maxLength' at '/properties/a/maxLength' must be a number, was \"5\"");
        assertThat(backward(plain, json("{'properties':[{'a':{}}]}")).summary())
                .endsWith("'properties' at '/properties' must be an object of schemas by name, was [{\"a\":{}}]");
        assertThat(backward(plain, json("{'properties':{'a':{'type':'string'}},'required':'a'}"))
                        .summary())
                .endsWith("'required' at '/required' must be an array of property names, was \"a\"");
        assertThat(backward(plain, json("{'properties':{'a':{'type':7}}}")).summary())
                .endsWith("'type' at '/properties/a/type' must be a type name or an array of type names, was 7");
        assertThat(backward(plain, json("{'properties':{'a':{'enum':'x'}}}")).summary())
                .endsWith("'enum' at '/properties/a/enum' must be an array of values, was \"x\"");
    }

    @Test
    void externalAndDanglingReferencesAreNamed() {
        assertThat(backward(json("{'$ref':'https://example.com/s.json'}"), json("{}"))
                        .summary())
                .endsWith("$ref 'https://example.com/s.json' at '' in the old schema points "
                        + "outside the document; only local "
                        + "references (#/..., #name) and the document's own $id are "
                        + "resolved: bundle external schemas first");
        assertThat(backward(json("{'properties':{'a':{}}}"), json("{'properties':{'a':{'$ref':'#/$defs/nope'}}}"))
                        .summary())
                .endsWith("$ref '#/$defs/nope' at '/properties/a' in the new schema points to nothing");
    }

    @Test
    void nestingBeyondTheBoundIsNotComparable() {
        ObjectNode deep = JsonNodeFactory.instance.objectNode();
        ObjectNode current = deep;
        for (int i = 0; i < 300; i++) {
            current = current.putObject("properties").putObject("x");
        }

        CompatibilityVerdict verdict = backward(deep, deep.deepCopy());

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        NotComparable.class,
                        v -> assertThat(v.reason())
                                .startsWith("schema nesting deeper than 200 levels at '/properties/x/properties/x/"));
    }

    @Test
    void alternativesThatMultiplyBeyondTheStepBudgetStopWithAClearError() {
        // the reference limit would stop these first (see the next test); raised, the step budget is what stops them
        CompatibilityVerdict verdict = checker.limitedBy(
                        ParseLimits.defaults().with(ParseLimits.Limit.REF_EXPANSIONS, Integer.MAX_VALUE))
                .check(Mode.BACKWARD, List.of(layeredAlternatives("integer"), layeredAlternatives("string")));

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        NotComparable.class,
                        v -> assertThat(v.reason())
                                .startsWith("comparison stopped after 500000 steps at '")
                                .endsWith("the schemas combine too many alternatives to compare; "
                                        + "simplify anyOf/oneOf nesting"));
    }

    @Test
    void alternativesReachedThroughReferencesStopAtTheReferenceLimitFirst() {
        assertThatThrownBy(() -> backward(layeredAlternatives("integer"), layeredAlternatives("string")))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageEndingWith(": 10,001 $ref expansions exceed the limit of 10,000"
                        + " (setting eventlens.limits.max-ref-expansions)");
    }

    /** Eight levels of six alternatives each, all leading to a leaf of the given type. */
    private static JsonNode layeredAlternatives(String leafType) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode defs = root.putObject("$defs");
        for (int level = 0; level < 8; level++) {
            var alternatives = defs.putObject("L" + level).putArray("anyOf");
            for (int i = 0; i < 6; i++) {
                alternatives
                        .addObject()
                        .put("$comment", "alternative " + i)
                        .putArray("allOf")
                        .addObject()
                        .put("$ref", "#/$defs/L" + (level + 1));
            }
        }
        defs.putObject("L8").put("type", leafType);
        root.put("$ref", "#/$defs/L0");
        return root;
    }

    private static ObjectNode objectWithProperties(int count) {
        ObjectNode schema =
                JsonNodeFactory.instance.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        for (int i = 0; i < count; i++) {
            properties.putObject("p" + i).put("type", "string");
        }
        return schema;
    }

    @Test
    void slowPatternsUnderManyOneOfsStopAtTheExampleBudget() {
        // every oneOf example "aaa...a" sends each of 11 alternatives' polynomial pattern into a long search; each
        // validation stops at its own budget and all searches together at the comparison's (DiffContext)
        ObjectNode old = JsonNodeFactory.instance.objectNode().put("type", "object");
        ObjectNode updated = old.deepCopy();
        ObjectNode oldProperties = old.putObject("properties");
        ObjectNode newProperties = updated.putObject("properties");
        for (int p = 0; p < 40; p++) {
            oldProperties.putObject("p" + p).put("type", "string");
            var alternatives = newProperties.putObject("p" + p).putArray("oneOf");
            alternatives.addObject().put("type", "string");
            for (int k = 0; k < 11; k++) {
                alternatives.addObject().put("minLength", 30 + k).put("pattern", "^(.*a){20}b$");
            }
        }

        CompatibilityVerdict verdict =
                new CompatibilityChecker(Policy.STRICT).check(Mode.BACKWARD, List.of(old, updated));

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
    }
}
