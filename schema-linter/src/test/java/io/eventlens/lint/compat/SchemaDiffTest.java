package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Behaviour of the diff beyond single keywords: references, composition, drafts, reordering. */
class SchemaDiffTest {

    private final CompatibilityChecker checker = new CompatibilityChecker(Policy.STRICT);

    @Test
    void aReferenceComparesLikeTheSchemaItPointsTo() {
        var inline = json("{'properties':{'a':{'type':'string','minLength':2}}}");
        var byRef = json("{'properties':{'a':{'$ref':'#/$defs/A'}},'$defs':{'A':{'type':'string','minLength':2}}}");
        var byAnchor = json(
                "{'properties':{'a':{'$ref':'#A'}},'definitions':{'A':{'$id':'#A','type':'string','minLength':2}}}");

        assertThat(checker.backwardDifferences(inline, byRef)).isEmpty();
        assertThat(checker.backwardDifferences(byAnchor, inline)).isEmpty();
    }

    @Test
    void aChangeBehindAReferenceIsReportedWhereItIsReached() {
        var old = json("{'properties':{'a':{'$ref':'#/$defs/A'}},'$defs':{'A':{'type':'string','minLength':2}}}");
        var updated = json("{'properties':{'a':{'$ref':'#/$defs/A'}},'$defs':{'A':{'type':'string','minLength':3}}}");

        assertThat(checker.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactly(Tuple.tuple(ChangeKind.MIN_LENGTH_INCREASED, "/properties/a/minLength"));
    }

    @Test
    void allOfIsFoldedSoASplitSchemaEqualsItsFlatForm() {
        var flat = json(
                "{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'integer'}},'required':['a','b']}");
        var split = json("{'allOf':[{'type':'object','properties':{'a':{'type':'string'}},'required':['a']},"
                + "{'properties':{'b':{'type':'integer'}},'required':['b']}]}");

        assertThat(checker.backwardDifferences(flat, split)).isEmpty();
        assertThat(checker.backwardDifferences(split, flat)).isEmpty();
    }

    @Test
    void reorderedAlternativesAndRequiredNamesAreNoChange() {
        assertThat(checker.backwardDifferences(
                        json("{'oneOf':[{'type':'string'},{'type':'integer'}]}"),
                        json("{'oneOf':[{'type':'integer'},{'type':'string'}]}")))
                .isEmpty();
        assertThat(checker.backwardDifferences(json("{'required':['a','b']}"), json("{'required':['b','a']}")))
                .isEmpty();
    }

    @Test
    void aChangedAlternativeReportsItsOwnChangeAtItsIndex() {
        var old = json("{'anyOf':[{'type':'string','maxLength':5},{'type':'integer'}]}");
        var updated = json("{'anyOf':[{'type':'string','maxLength':3},{'type':'integer'}]}");

        assertThat(checker.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactly(Tuple.tuple(ChangeKind.MAX_LENGTH_DECREASED, "/anyOf/0/maxLength"));
    }

    @Test
    void anAlternativeNoNewOneAcceptsIsBlamedOnTheClosestOneOfItsTypeNotOnItsOldIndex() {
        var old = json("{'oneOf':[{'type':'string'},{'type':'object','required':['id']}]}");
        var updated =
                json("{'oneOf':[{'type':'string'},{'type':'number'},{'type':'object','required':['name','id']}]}");

        assertThat(checker.backwardDifferences(old, updated))
                .filteredOn(c -> !c.isBackwardCompatible(Policy.STRICT))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactly(Tuple.tuple(ChangeKind.REQUIRED_PROPERTY_ADDED, "/oneOf/2/required"));
    }

    @Test
    void anAlternativeOnlyNewOnesOfAnotherTypeCouldTakeWasRemoved() {
        var old = json("{'oneOf':[{'type':'number'},{'type':'string'},{'type':'object'}]}");
        var updated = json("{'oneOf':[{'type':'string'},{'type':'object'}]}");

        assertThat(checker.backwardDifferences(old, updated))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactly(Tuple.tuple(ChangeKind.ALTERNATIVE_REMOVED, "/oneOf"));
    }

    @Test
    void draftFourAndDraftSevenExclusiveBoundsMeanTheSame() {
        var draft4 = json("{'$schema':'http://json-schema.org/draft-04/schema#','type':'number',"
                + "'minimum':10,'exclusiveMinimum':true}");
        var draft7 =
                json("{'$schema':'http://json-schema.org/draft-07/schema#','type':'number','exclusiveMinimum':10}");

        assertThat(checker.backwardDifferences(draft4, draft7)).isEmpty();
    }

    @Test
    void keywordsBesideARefApplyFrom2019OnAndAreIgnoredBefore() {
        String body = "'properties':{'a':{'$ref':'#/$defs/A','maxLength':3}},'$defs':{'A':{'type':'string'}}}";
        var draft7 = json("{'$schema':'http://json-schema.org/draft-07/schema#'," + body);
        var draft2020 = json("{'$schema':'https://json-schema.org/draft/2020-12/schema'," + body);
        var plain = json("{'properties':{'a':{'type':'string'}}}");

        assertThat(checker.backwardDifferences(plain, draft7)).isEmpty();
        assertThat(checker.backwardDifferences(plain, draft2020))
                .extracting(SchemaChange::kind)
                .containsExactly(ChangeKind.MAX_LENGTH_ADDED);
    }

    @Test
    void typeArraysAndNullableAddNullWithoutBreaking() {
        var string = json("{'type':'string'}");

        assertThat(checker.check(Mode.BACKWARD, List.of(string, json("{'type':['string','null']}")))
                        .exitCode())
                .isZero();
        assertThat(checker.check(Mode.BACKWARD, List.of(string, json("{'type':'string','nullable':true}")))
                        .exitCode())
                .isZero();
        assertThat(checker.check(Mode.FORWARD, List.of(string, json("{'type':'string','nullable':true}")))
                        .exitCode())
                .isEqualTo(1);
    }

    @Test
    void annotationsAloneAreNoChange() {
        assertThat(checker.backwardDifferences(
                        json("{'$id':'urn:a','title':'A','type':'string'}"),
                        json("{'id':'urn:b','description':'B','examples':['x'],'type':'string'}")))
                .isEmpty();
    }

    @Test
    void prefixItemsAndDraftSevenTupleItemsCompareAlike() {
        var draft7 = json("{'type':'array','items':[{'type':'string'}],'additionalItems':false}");
        var draft2020 = json("{'type':'array','prefixItems':[{'type':'string'}],'items':false}");

        assertThat(checker.backwardDifferences(draft7, draft2020)).isEmpty();
    }

    @Test
    void closingWithUnevaluatedPropertiesInsteadOfAdditionalPropertiesIsNoChange() {
        var additional = json("{'type':'object','properties':{'a':{}},'additionalProperties':false}");
        var unevaluated = json("{'type':'object','properties':{'a':{}},'unevaluatedProperties':false}");

        assertThat(checker.backwardDifferences(additional, unevaluated)).isEmpty();
        assertThat(checker.backwardDifferences(json("{'type':'object'}"), unevaluated))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .contains(Tuple.tuple(ChangeKind.CONTENT_MODEL_CLOSED, "/unevaluatedProperties"));
    }

    @Test
    void anEnvelopedEventGainsAnOptionalFieldInItsClosedPayloadBackwardButNotForward() {
        String envelope =
                "'$defs':{'Envelope':{'type':'object','properties':{'event_id':{'type':'string','format':'uuid'},"
                        + "'schema_version':{'const':1}},'required':['event_id','schema_version']},"
                        + "'Money':{'type':'object','properties':{'amount':{'type':'number'},"
                        + "'currency':{'type':'string','minLength':3,"
                        + "'maxLength':3}},'required':['amount','currency'],'additionalProperties':false}}";
        var v1 =
                json("{" + envelope + ",'allOf':[{'$ref':'#/$defs/Envelope'},{'properties':{'payload':{'type':'object',"
                        + "'properties':{'total':{'$ref':'#/$defs/Money'}},"
                        + "'required':['total'],'additionalProperties':false}}}]}");
        var v2 = json("{" + envelope
                + ",'allOf':[{'$ref':'#/$defs/Envelope'},{'properties':{'payload':{'type':'object',"
                + "'properties':{'total':{'$ref':'#/$defs/Money'},'note':{'type':'string'}},'required':['total'],"
                + "'additionalProperties':false}}}]}");

        assertThat(checker.backwardDifferences(v1, v2))
                .extracting(SchemaChange::kind, SchemaChange::pointer)
                .containsExactly(Tuple.tuple(
                        ChangeKind.PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL, "/properties/payload/properties/note"));
        assertThat(checker.check(Mode.BACKWARD, List.of(v1, v2)).exitCode()).isZero();
        assertThat(checker.check(Mode.FORWARD, List.of(v1, v2)).exitCode()).isEqualTo(1);
    }
}
