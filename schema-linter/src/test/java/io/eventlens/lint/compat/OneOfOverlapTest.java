package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A new oneOf whose alternatives all accept the same old values rejects them (ONE_OF_ALTERNATIVES_OVERLAP). */
class OneOfOverlapTest {

    private static final JsonNode ORDER =
            json("{'type':'object','required':['id'],'properties':{'id':{'type':'string'}}}");
    private static final JsonNode ORDER_OR_NOTED_ORDER = json("{'oneOf':["
            + "{'type':'object','required':['id'],'properties':{'id':{'type':'string'}}},"
            + "{'type':'object','required':['id'],'properties':{'id':{'type':'string'},'note':{'type':'string'}}}]}");

    private final CompatibilityChecker strict = new CompatibilityChecker(Policy.STRICT);
    private final CompatibilityChecker lenient = new CompatibilityChecker(Policy.LENIENT);

    @Test
    void anOldValueThatTwoNewOneOfAlternativesBothAcceptIsRejectedUnderEitherPolicy() {
        for (CompatibilityChecker checker : List.of(strict, lenient)) {
            CompatibilityVerdict verdict = checker.check(Mode.BACKWARD, List.of(ORDER, ORDER_OR_NOTED_ORDER));

            assertThat(verdict).as("under %s", checker.policy()).isInstanceOfSatisfying(Incompatible.class, v -> {
                assertThat(v.breaking())
                        .extracting(f -> f.change().kind())
                        .contains(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP);
                assertThat(v.strictOnly()).isFalse();
            });
        }
        assertThat(lenient.backwardDifferences(ORDER, ORDER_OR_NOTED_ORDER))
                .filteredOn(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.pointer()).isEqualTo("/oneOf");
                    assertThat(c.oldValue()).isEqualTo(ORDER);
                    assertThat(c.newValue()).isEqualTo(json("['/oneOf/0','/oneOf/1']"));
                    assertThat(c.explanation())
                            .contains("[\"/oneOf/0\",\"/oneOf/1\"] of the oneOf at '/oneOf'")
                            .contains("discriminator");
                });
    }

    @Test
    void alternativesMadeExclusiveByAConstDiscriminatorDoNotOverlap() {
        var old = json("{'oneOf':[{'type':'object','required':['kind'],'properties':{'kind':{'const':'placed'}}},"
                + "{'type':'object','required':['kind'],'properties':{'kind':{'const':'cancelled'}}}]}");
        var updated = json("{'oneOf':["
                + "{'type':'object','required':['kind'],"
                + "'properties':{'kind':{'const':'placed'},'note':{'type':'string'}}},"
                + "{'type':'object','required':['kind'],"
                + "'properties':{'kind':{'const':'cancelled'},'note':{'type':'string'}}}]}");

        assertThat(lenient.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind)
                .doesNotContain(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP);
        assertThat(lenient.check(Mode.BACKWARD, List.of(old, updated)).exitCode())
                .isZero();
    }

    @Test
    void anyOfAcceptsAValueSeveralAlternativesMatch() {
        var anyOf = json(ORDER_OR_NOTED_ORDER.toString().replace("oneOf", "anyOf"));

        assertThat(lenient.backwardDifferences(ORDER, anyOf))
                .extracting(SchemaChange::kind)
                .doesNotContain(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP);
        assertThat(lenient.check(Mode.BACKWARD, List.of(ORDER, anyOf)).exitCode())
                .isZero();
    }

    @Test
    void forwardFindsTheOverlapOfTheEarlierVersionByTheSwappedComparison() {
        CompatibilityVerdict forward = strict.check(Mode.FORWARD, List.of(ORDER_OR_NOTED_ORDER, ORDER));

        assertThat(forward)
                .isInstanceOfSatisfying(
                        Incompatible.class,
                        v -> assertThat(v.breaking())
                                .filteredOn(f -> f.change().kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP)
                                .singleElement()
                                .satisfies(f -> assertThat(f.direction()).isEqualTo(Direction.FORWARD)));
        assertThat(lenient.check(Mode.BACKWARD, List.of(ORDER_OR_NOTED_ORDER, ORDER))
                        .exitCode())
                .isZero();
    }

    @Test
    void identicalVersionsWhoseOneOfAlreadyOverlappedAreNoChange() {
        assertThat(strict.backwardDifferences(ORDER_OR_NOTED_ORDER, ORDER_OR_NOTED_ORDER))
                .isEmpty();
        assertThat(lenient.check(Mode.FULL, List.of(ORDER_OR_NOTED_ORDER, ORDER_OR_NOTED_ORDER))
                        .exitCode())
                .isZero();
    }

    @Test
    void recursionThroughAMemberStillProvesAnOverlap() {
        var nested = json("{'$defs':{'list':{'type':'array','items':{'$ref':'#/$defs/list'}}},'$ref':'#/$defs/list'}");
        var either = json("{'$defs':{'list':{'type':'array','items':{'$ref':'#/$defs/list'}}},"
                + "'oneOf':[{'$ref':'#/$defs/list'},{'type':'array'}]}");

        assertThat(lenient.backwardDifferences(nested, either))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .contains(Tuple.tuple(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP, "/oneOf"));
    }

    @Test
    void recursionBackToTheSameValueProvesNothing() {
        // a validator would loop on {x: ...} here: whether {$ref a} accepts it is assumed, never shown
        var defs = "'$defs':{'a':{'type':'object','dependentSchemas':{'x':{'$ref':'#/$defs/a'}}}}";
        var loop = json("{" + defs + ",'$ref':'#/$defs/a'}");
        var either = json("{" + defs + ",'oneOf':[{'$ref':'#/$defs/a'},{'type':'object'}]}");

        assertThat(lenient.backwardDifferences(loop, either))
                .extracting(SchemaChange::kind)
                .doesNotContain(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP);
    }

    // partial overlaps: some old values match two new alternatives, found by a validated example

    private static final JsonNode PAYMENT =
            json("{'type':'object','required':['id'],'properties':{'id':{'type':'integer'},"
                    + "'card':{'type':'string'},'iban':{'type':'string'}}}");
    private static final JsonNode PAYMENT_LOOSER =
            json("{'type':'object','required':['id'],'properties':{'id':{'type':'integer'},"
                    + "'card':{'type':'string'},'iban':{'type':'string'}},"
                    + "'oneOf':[{'properties':{'card':{'type':'string'}}},{'required':['iban']}]}");

    @Test
    void anOldValueMatchingTwoNewAlternativesIsReportedWithTheValueUnderEitherPolicy() {
        for (CompatibilityChecker checker : List.of(strict, lenient)) {
            List<SchemaChange> changes = checker.backwardDifferences(PAYMENT, PAYMENT_LOOSER);

            assertThat(changes)
                    .as("under %s", checker.policy())
                    .filteredOn(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY)
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.pointer()).isEqualTo("/oneOf");
                        assertThat(c.oldValue()).isEqualTo(json("{'id':0,'iban':''}"));
                        assertThat(c.newValue()).isEqualTo(json("['/oneOf/0','/oneOf/1']"));
                        assertThat(c.explanation())
                                .startsWith("The old value {\"id\":0,\"iban\":\"\"} matches the new alternatives");
                    });
            assertThat(checker.check(Mode.BACKWARD, List.of(PAYMENT, PAYMENT_LOOSER)))
                    .isInstanceOfSatisfying(
                            Incompatible.class, v -> assertThat(v.strictOnly()).isFalse());
        }
    }

    @Test
    void theReportedValueIsReallyAnOldValueThatTheNewSchemaRejects() {
        JsonNode value = lenient.backwardDifferences(PAYMENT, PAYMENT_LOOSER).stream()
                .filter(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY)
                .findFirst()
                .orElseThrow()
                .oldValue();
        var validator = new PayloadValidator();

        assertThat(validator.validate(PAYMENT, value).valid())
                .as("old schema accepts %s", value)
                .isTrue();
        assertThat(validator.validate(PAYMENT_LOOSER, value).valid())
                .as("new schema accepts %s", value)
                .isFalse();
        assertThat(validator
                        .validate(PAYMENT_LOOSER, json("{'id':1,'card':'4111'}"))
                        .valid())
                .as("values with a card match only the first alternative, as before")
                .isTrue();
    }

    @Test
    void aNewOneOfThatTakesAShortStringTwiceRejectsShortOldStrings() {
        var old = json("{'oneOf':[{'type':'string'}]}");
        var updated = json("{'oneOf':[{'type':'string'},{'maxLength':5}]}");

        assertThat(strict.backwardDifferences(old, updated))
                .filteredOn(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY)
                .singleElement()
                .satisfies(c -> assertThat(c.oldValue()).isEqualTo(json("''")));
    }

    @Test
    void alternativesToldApartByADiscriminatorHaveNoExampleAndStayCompatible() {
        var old = json("{'type':'object','required':['kind'],"
                + "'oneOf':[{'properties':{'kind':{'const':'card'}}},{'properties':{'kind':{'const':'iban'}}}]}");
        var updated = json("{'type':'object','required':['kind'],'properties':{'note':{'type':'string'}},"
                + "'oneOf':[{'properties':{'kind':{'const':'card'}}},{'properties':{'kind':{'const':'iban'}}}]}");

        assertThat(strict.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind)
                .doesNotContain(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY, ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP);
        assertThat(lenient.check(Mode.BACKWARD, List.of(old, updated)).exitCode())
                .isZero();
    }

    @Test
    void anExampleNeedingAPropertyTheOldCaseNeverDeclaredIsNotReported() {
        // {id, extra} matches both new alternatives, but the old schema never declared extra: LENIENT's premise
        // says no producer wrote it, and the rule holds under both policies alike
        var old = json("{'type':'object','required':['id'],'properties':{'id':{'type':'integer'}}}");
        var updated = json("{'type':'object','required':['id'],'properties':{'id':{'type':'integer'}},"
                + "'oneOf':[{'not':{'required':['id','extra']}},{'required':['extra']}]}");

        for (CompatibilityChecker checker : List.of(strict, lenient)) {
            assertThat(checker.backwardDifferences(old, updated))
                    .as("under %s", checker.policy())
                    .extracting(SchemaChange::kind)
                    .doesNotContain(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY);
        }
    }

    @Test
    void anOverlapOnStringsOfAPatternIsFoundWithASampleOfThePattern() {
        var old = json("{'type':'object','required':['id'],'properties':{'id':{'type':'string'}}}");
        var updated = json("{'type':'object','required':['id'],'properties':{'id':{'type':'string'}},"
                + "'oneOf':[{'properties':{'id':{'type':'string'}}},"
                + "{'properties':{'id':{'pattern':'^ord-[0-9]{3,}$'}}}]}");

        assertThat(strict.backwardDifferences(old, updated))
                .filteredOn(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY)
                .singleElement()
                .satisfies(c -> assertThat(c.oldValue()).isEqualTo(json("{'id':'ord-000'}")));
    }

    @Test
    void anExampleTheValidatorRefusesIsNeverReported() {
        // a back-reference is not sampled: the example "" fails the second alternative, so the overlap ("aa"
        // matches both) stays undecided rather than guessed
        var old = json("{'type':'object','required':['id'],'properties':{'id':{'type':'string'}}}");
        var updated = json("{'type':'object','required':['id'],'properties':{'id':{'type':'string'}},"
                + "'oneOf':[{'properties':{'id':{'type':'string'}}},{'properties':{'id':{'pattern':'^(a)\\\\1$'}}}]}");

        assertThat(strict.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind)
                .doesNotContain(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY);
    }

    @Test
    void aRecursiveSchemaIsSearchedThroughItsDefinitions() {
        var defs = "'$defs':{'node':{'type':'object','properties':{'next':{'$ref':'#/$defs/node'},"
                + "'label':{'type':'string'}}}}";
        var old = json("{" + defs + ",'$ref':'#/$defs/node'}");
        var updated = json("{" + defs + ",'oneOf':[{'$ref':'#/$defs/node'},{'required':['label']}]}");

        assertThat(lenient.backwardDifferences(old, updated))
                .filteredOn(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY)
                .singleElement()
                .satisfies(c -> assertThat(c.oldValue()).isEqualTo(json("{'label':''}")));
    }

    @Test
    void aRecursiveAsyncApiComponentIsSearchedThroughTheDocumentsComponents() {
        // the document diff hands each payload over with the document's components beside it
        var components = "'components':{'schemas':{'Node':{'type':'object','properties':{'label':{'type':'string'},"
                + "'next':{'$ref':'#/components/schemas/Node'}}}}}";
        var old = json("{" + components + ",'$ref':'#/components/schemas/Node'}");
        var updated =
                json("{" + components + ",'oneOf':[{'$ref':'#/components/schemas/Node'},{'required':['label']}]}");

        assertThat(lenient.backwardDifferences(old, updated))
                .filteredOn(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY)
                .singleElement()
                .satisfies(c -> assertThat(c.oldValue()).isEqualTo(json("{'label':''}")));
    }

    @Test
    void anExampleReachesIntoObjectsDeclaredThroughDefinitions() {
        var defs =
                "'$defs':{'Address':{'type':'object','properties':{'city':{'type':'string'},'zip':{'type':'string'}}}}";
        var old = json("{" + defs
                + ",'type':'object','required':['address'],'properties':{'address':{'$ref':'#/$defs/Address'}}}");
        var updated = json("{" + defs
                + ",'type':'object','required':['address'],'properties':{'address':{'$ref':'#/$defs/Address'}},"
                + "'oneOf':[{'type':'object'},{'properties':{'address':{'required':['city']}}}]}");

        assertThat(lenient.backwardDifferences(old, updated))
                .filteredOn(c -> c.kind() == ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY)
                .singleElement()
                .satisfies(c -> assertThat(c.oldValue()).isEqualTo(json("{'address':{'city':''}}")));
    }

    @Test
    void anIdInsideTheSchemaStopsTheSearchWithoutAGuess() {
        // $id moves the base URI of the references below it: a copy cannot keep that, so nothing is searched
        var old = json("{'type':'object','properties':{'label':{'$id':'urn:label','type':'string'}}}");
        var updated = json("{'type':'object','properties':{'label':{'$id':'urn:label','type':'string'}},"
                + "'oneOf':[{'type':'object'},{'required':['label']}]}");

        assertThat(lenient.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind)
                .doesNotContain(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY);
        assertThat(lenient.check(Mode.BACKWARD, List.of(old, updated)).exitCode())
                .isZero();
    }
}
