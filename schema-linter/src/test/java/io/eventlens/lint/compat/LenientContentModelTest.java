package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LENIENT assumes old data carries no undeclared member, so closing or narrowing an open content model
 * (an object, the tail of a tuple) passes backward under LENIENT and breaks under STRICT; members the old
 * schema declares (properties, pattern properties, an additionalProperties or items schema, the items of a
 * plain array) stay checked.
 */
class LenientContentModelTest {

    static Stream<Arguments> relaxed() {
        return Stream.of(
                Arguments.of(
                        "an object closed with additionalProperties",
                        "{'type':'object','properties':{'a':{'type':'string'}}}",
                        "{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}",
                        ChangeKind.CONTENT_MODEL_CLOSED,
                        "/additionalProperties"),
                Arguments.of(
                        "an object closed with unevaluatedProperties",
                        "{'type':'object','additionalProperties':true}",
                        "{'type':'object','unevaluatedProperties':false}",
                        ChangeKind.CONTENT_MODEL_CLOSED,
                        "/unevaluatedProperties"),
                Arguments.of(
                        "an open additionalProperties narrowed to numbers",
                        "{'type':'object','additionalProperties':true}",
                        "{'type':'object','additionalProperties':{'type':'number'}}",
                        ChangeKind.OPEN_CONTENT_MODEL_NARROWED,
                        "/additionalProperties"),
                Arguments.of(
                        "an absent unevaluatedProperties given an object schema",
                        "{'type':'object'}",
                        "{'type':'object','unevaluatedProperties':{'type':'object','required':['id']}}",
                        ChangeKind.OPEN_CONTENT_MODEL_NARROWED,
                        "/unevaluatedProperties"),
                Arguments.of(
                        "a nested object closed",
                        "{'type':'object','properties':{'o':{'type':'object'}}}",
                        "{'type':'object','properties':{'o':{'type':'object','additionalProperties':false}}}",
                        ChangeKind.CONTENT_MODEL_CLOSED,
                        "/properties/o/additionalProperties"),
                Arguments.of(
                        "a prefixItems tuple closed",
                        "{'type':'array','prefixItems':[{'type':'string'}]}",
                        "{'type':'array','prefixItems':[{'type':'string'}],'items':false}",
                        ChangeKind.CONTENT_MODEL_CLOSED,
                        "/items"),
                Arguments.of(
                        "a draft-07 tuple closed with additionalItems",
                        "{'type':'array','items':[{'type':'string'}]}",
                        "{'type':'array','items':[{'type':'string'}],'additionalItems':false}",
                        ChangeKind.CONTENT_MODEL_CLOSED,
                        "/additionalItems"),
                Arguments.of(
                        "a tuple's open tail narrowed to numbers",
                        "{'type':'array','prefixItems':[{'type':'string'}]}",
                        "{'type':'array','prefixItems':[{'type':'string'}],'items':{'type':'number'}}",
                        ChangeKind.OPEN_CONTENT_MODEL_NARROWED,
                        "/items"),
                Arguments.of(
                        "a draft-07 tuple's open tail narrowed with additionalItems",
                        "{'type':'array','items':[{'type':'string'}]}",
                        "{'type':'array','items':[{'type':'string'}],'additionalItems':{'type':'number'}}",
                        ChangeKind.OPEN_CONTENT_MODEL_NARROWED,
                        "/additionalItems"),
                Arguments.of(
                        "a position added past a tuple",
                        "{'type':'array','prefixItems':[{'type':'string'}]}",
                        "{'type':'array','prefixItems':[{'type':'string'},{'type':'number'}]}",
                        ChangeKind.ITEM_ADDED_TO_OPEN_CONTENT_MODEL,
                        "/prefixItems/1"));
    }

    @ParameterizedTest(name = "{0} breaks under STRICT only")
    @MethodSource("relaxed")
    void closingOrNarrowingAnOpenModelBreaksUnderStrictOnly(
            String name, String old, String updated, ChangeKind kind, String pointer) {
        List<JsonNode> versions = List.of(json(old), json(updated));

        assertThat(new CompatibilityChecker(Policy.LENIENT)
                        .check(Mode.BACKWARD, versions)
                        .exitCode())
                .isZero();
        assertThat(new CompatibilityChecker(Policy.STRICT).check(Mode.BACKWARD, versions))
                .isInstanceOfSatisfying(Incompatible.class, v -> {
                    assertThat(v.strictOnly()).isTrue();
                    assertThat(v.breaking())
                            .extracting(f -> f.change().kind(), f -> f.change().pointer())
                            .containsExactly(Tuple.tuple(kind, pointer));
                });
    }

    static Stream<Arguments> declared() {
        return Stream.of(
                Arguments.of(
                        "a declared property narrowed while the object is closed",
                        "{'type':'object','properties':{'a':{'type':'string'}}}",
                        "{'type':'object','properties':{'a':{'type':'string','maxLength':3}},"
                                + "'additionalProperties':false}",
                        ChangeKind.MAX_LENGTH_ADDED),
                Arguments.of(
                        "a declared property dropped from the closed object",
                        "{'type':'object','properties':{'a':{'type':'string'}}}",
                        "{'type':'object','additionalProperties':false}",
                        ChangeKind.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL),
                Arguments.of(
                        "a declared property dropped and read against the narrowed additionalProperties",
                        "{'type':'object','properties':{'a':{'type':'string'}}}",
                        "{'type':'object','additionalProperties':{'type':'number'}}",
                        ChangeKind.TYPE_CHANGED),
                Arguments.of(
                        "an additionalProperties schema closed",
                        "{'type':'object','additionalProperties':{'type':'string'}}",
                        "{'type':'object','additionalProperties':false}",
                        ChangeKind.PARTIALLY_OPEN_CONTENT_MODEL_CLOSED),
                Arguments.of(
                        "an additionalProperties schema narrowed",
                        "{'type':'object','additionalProperties':{'type':'string'}}",
                        "{'type':'object','additionalProperties':{'type':'string','maxLength':3}}",
                        ChangeKind.MAX_LENGTH_ADDED),
                Arguments.of(
                        "pattern properties dropped from the closed object",
                        "{'type':'object','patternProperties':{'^x':{'type':'string'}}}",
                        "{'type':'object','additionalProperties':false}",
                        ChangeKind.PATTERN_PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL),
                Arguments.of(
                        "pattern properties dropped and read against the narrowed additionalProperties",
                        "{'type':'object','patternProperties':{'^x':{'type':'string'}}}",
                        "{'type':'object','additionalProperties':{'type':'number'}}",
                        ChangeKind.TYPE_CHANGED),
                Arguments.of(
                        "a declared tuple position dropped from the closed tuple",
                        "{'type':'array','prefixItems':[{'type':'string'},{'type':'integer'}]}",
                        "{'type':'array','prefixItems':[{'type':'string'}],'items':false}",
                        ChangeKind.ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL),
                Arguments.of(
                        "a list's items schema closed",
                        "{'type':'array','items':{'type':'string'}}",
                        "{'type':'array','items':false}",
                        ChangeKind.PARTIALLY_OPEN_CONTENT_MODEL_CLOSED),
                Arguments.of(
                        "a plain array's items given a schema (its items are its content, not undeclared members)",
                        "{'type':'array'}",
                        "{'type':'array','items':{'type':'string'}}",
                        ChangeKind.TYPE_NARROWED),
                Arguments.of(
                        "a plain array's items given a schema with unevaluatedItems",
                        "{'type':'array'}",
                        "{'type':'array','unevaluatedItems':{'type':'string'}}",
                        ChangeKind.TYPE_NARROWED),
                Arguments.of(
                        "a plain array closed, so only empty arrays remain",
                        "{'type':'array'}",
                        "{'type':'array','items':false}",
                        ChangeKind.PARTIALLY_OPEN_CONTENT_MODEL_CLOSED),
                Arguments.of(
                        "a plain array's elements narrowed by the tail of a new tuple",
                        "{'type':'array'}",
                        "{'type':'array','prefixItems':[{}],'items':{'type':'string'}}",
                        ChangeKind.TYPE_NARROWED),
                Arguments.of(
                        "a first tuple position added to a plain array, narrowing its first element",
                        "{'type':'array'}",
                        "{'type':'array','prefixItems':[{'type':'string'}]}",
                        ChangeKind.TYPE_NARROWED),
                Arguments.of(
                        "a first draft-07 tuple position added to a plain array, narrowing its first element",
                        "{'type':'array'}",
                        "{'type':'array','items':[{'type':'string'}]}",
                        ChangeKind.TYPE_NARROWED));
    }

    @ParameterizedTest(name = "{0} breaks under LENIENT too")
    @MethodSource("declared")
    void narrowingWhatTheOldSchemaDeclaresBreaksUnderBothPolicies(
            String name, String old, String updated, ChangeKind kind) {
        List<JsonNode> versions = List.of(json(old), json(updated));

        for (Policy policy : Policy.values()) {
            assertThat(new CompatibilityChecker(policy).check(Mode.BACKWARD, versions))
                    .as("under %s", policy)
                    .isInstanceOfSatisfying(
                            Incompatible.class,
                            v -> assertThat(v.breaking())
                                    .extracting(f -> f.change().kind())
                                    .contains(kind));
        }
    }

    @Test
    void openingAClosedObjectBreaksForwardUnderStrictOnlyAndSaysHowToPass() {
        List<JsonNode> versions = List.of(
                json("{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}"),
                json("{'type':'object','properties':{'a':{'type':'string'}}}"));

        assertThat(new CompatibilityChecker(Policy.LENIENT)
                        .check(Mode.FULL, versions)
                        .exitCode())
                .isZero();
        assertThat(new CompatibilityChecker(Policy.STRICT)
                        .check(Mode.FORWARD, versions)
                        .summary())
                .contains(
                        "CONTENT_MODEL_CLOSED",
                        "This break comes from the STRICT policy only (compatible under LENIENT)",
                        "leave the object or array open");
    }

    @Test
    void openingAClosedPlainArrayBreaksForwardUnderBothPolicies() {
        List<JsonNode> versions = List.of(json("{'type':'array','items':false}"), json("{'type':'array'}"));

        for (Policy policy : Policy.values()) {
            CompatibilityChecker checker = new CompatibilityChecker(policy);
            assertThat(checker.backwardDifferences(versions.get(0), versions.get(1)))
                    .extracting(SchemaChange::kind)
                    .containsExactly(ChangeKind.CONTENT_MODEL_PARTIALLY_OPENED);
            assertThat(checker.check(Mode.FORWARD, versions))
                    .as("under %s", policy)
                    .isInstanceOfSatisfying(
                            Incompatible.class,
                            v -> assertThat(v.breaking())
                                    .extracting(f -> f.change().kind())
                                    .containsExactly(ChangeKind.PARTIALLY_OPEN_CONTENT_MODEL_CLOSED));
        }
    }

    @Test
    void aTupleDroppedToLeaveAPlainArrayPassesBackwardButBreaksForwardUnderBothPolicies() {
        List<JsonNode> versions =
                List.of(json("{'type':'array','prefixItems':[{'type':'string'}]}"), json("{'type':'array'}"));

        for (Policy policy : Policy.values()) {
            CompatibilityChecker checker = new CompatibilityChecker(policy);
            assertThat(checker.check(Mode.BACKWARD, versions).exitCode())
                    .as("backward under %s", policy)
                    .isZero();
            assertThat(checker.check(Mode.FORWARD, versions))
                    .as("forward under %s", policy)
                    .isInstanceOfSatisfying(
                            Incompatible.class,
                            v -> assertThat(v.breaking())
                                    .extracting(
                                            f -> f.change().kind(),
                                            f -> f.change().pointer())
                                    .containsExactly(Tuple.tuple(ChangeKind.TYPE_NARROWED, "/prefixItems/0/type")));
        }
    }

    @Test
    void aFirstPositionAcceptingEveryItemAddedToAPlainArrayBreaksUnderStrictOnly() {
        List<JsonNode> versions =
                List.of(json("{'type':'array'}"), json("{'type':'array','prefixItems':[{'description':'anything'}]}"));

        assertThat(new CompatibilityChecker(Policy.LENIENT)
                        .check(Mode.BACKWARD, versions)
                        .exitCode())
                .isZero();
        assertThat(new CompatibilityChecker(Policy.STRICT).check(Mode.BACKWARD, versions))
                .isInstanceOfSatisfying(
                        Incompatible.class,
                        v -> assertThat(v.breaking())
                                .extracting(f -> f.change().kind())
                                .containsExactly(ChangeKind.ITEM_ADDED_TO_OPEN_CONTENT_MODEL));
    }

    @Test
    void aOneOfOfAClosedAndAnOpenCopyOfTheOldObjectRejectsItsDeclaredValuesUnderBothPolicies() {
        // {"a": "x"} matches both alternatives; the closed one now counts as accepting the old object
        // under LENIENT's reading, which the oneOf overlap rule uses under either policy
        JsonNode old = json("{'type':'object','properties':{'a':{'type':'string'}}}");
        JsonNode updated =
                json("{'oneOf':[{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false},"
                        + "{'type':'object','properties':{'a':{'type':'string'}}}]}");

        for (Policy policy : Policy.values()) {
            assertThat(new CompatibilityChecker(policy).check(Mode.BACKWARD, List.of(old, updated)))
                    .as("under %s", policy)
                    .isInstanceOfSatisfying(
                            Incompatible.class,
                            v -> assertThat(v.breaking())
                                    .extracting(f -> f.change().kind())
                                    .containsExactly(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP));
        }
    }

    @Test
    void narrowingAnOpenModelToASchemaThatStillAcceptsEverythingIsNoBreakUnderEitherPolicy() {
        List<JsonNode> versions = List.of(
                json("{'type':'object'}"), json("{'type':'object','additionalProperties':{'description':'anything'}}"));

        for (Policy policy : Policy.values()) {
            assertThat(new CompatibilityChecker(policy).backwardDifferences(versions.get(0), versions.get(1)))
                    .as("under %s", policy)
                    .isEmpty();
        }
    }
}
