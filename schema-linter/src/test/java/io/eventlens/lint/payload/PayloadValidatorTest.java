package io.eventlens.lint.payload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PayloadValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PayloadValidator validator = new PayloadValidator(Duration.ofMillis(500));

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aPayloadThatMatchesItsSchemaIsValid() throws Exception {
        PayloadValidation result = validator.validate(
                json("{'type':'object','required':['id'],'properties':{'id':{'type':'string'}}}"),
                json("{'id':'o-1'}"));
        assertThat(result.outcome()).isEqualTo(PayloadValidation.Outcome.VALID);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void eachProblemNamesTheInstancePointerAndWhatIsWrong() throws Exception {
        PayloadValidation result = validator.validate(
                json("{'type':'object','properties':{'lines':{'type':'array',"
                        + "'items':{'type':'object','properties':{'qty':{'type':'integer'}}}}}}"),
                json("{'lines':[{'qty':1},{'qty':'two'}]}"));
        assertThat(result.outcome()).isEqualTo(PayloadValidation.Outcome.INVALID);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/lines/1/qty");
            assertThat(p.message()).contains("string").contains("integer");
        });
    }

    @Test
    void formatsAreAsserted() throws Exception {
        PayloadValidation result =
                validator.validate(json("{'type':'string','format':'date-time'}"), json("'yesterday'"));
        assertThat(result.outcome()).isEqualTo(PayloadValidation.Outcome.INVALID);
        assertThat(result.problems().get(0).message()).contains("date-time");
    }

    @Test
    void booleanSchemasAcceptEverythingOrNothing() throws Exception {
        assertThat(validator.validate(json("true"), json("{'any':1}")).valid()).isTrue();
        assertThat(validator.validate(json("false"), json("{'any':1}")).outcome())
                .isEqualTo(PayloadValidation.Outcome.INVALID);
    }

    @Test
    void aSchemaThatIsNeitherObjectNorBooleanIsNotCheckedAndSaysWhy() throws Exception {
        PayloadValidation result = validator.validate(json("'string'"), json("1"));
        assertThat(result.outcome()).isEqualTo(PayloadValidation.Outcome.NOT_CHECKED);
        assertThat(result.problems().get(0).message())
                .isEqualTo("the schema is a string; a JSON Schema is an object or true/false");
    }

    @Test
    void aCatastrophicallyBacktrackingPatternStopsWithinTheBudgetAndNamesThePattern() throws Exception {
        PayloadValidation result = validator.validate(
                json("{'type':'string','pattern':'^(.*a){20}$'}"),
                JSON.getNodeFactory().textNode("a".repeat(60) + "!"));
        assertThat(result.outcome()).isEqualTo(PayloadValidation.Outcome.NOT_CHECKED);
        assertThat(result.problems().get(0).message())
                .contains("validation stopped after 500 ms")
                .contains("'^(.*a){20}$'");
    }

    @Test
    void aBudgetSpentOnOneCallDoesNotLeakIntoTheNext() throws Exception {
        validator.validate(
                json("{'type':'string','pattern':'^(.*a){20}$'}"),
                JSON.getNodeFactory().textNode("a".repeat(60) + "!"));
        PayloadValidation next = validator.validate(
                json("{'type':'string','pattern':'^a+$'}"),
                JSON.getNodeFactory().textNode("aaa"));
        assertThat(next.valid()).isTrue();
    }

    @Test
    void aSchemaWithTenThousandPropertiesValidates() throws Exception {
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode payload = JSON.createObjectNode();
        for (int i = 0; i < 10_000; i++) {
            properties.putObject("p" + i).put("type", "integer");
            payload.put("p" + i, i);
        }
        payload.put("p9999", "not a number");
        PayloadValidation result = validator.validate(schema, payload);
        assertThat(result.problems())
                .singleElement()
                .extracting(PayloadProblem::pointer)
                .isEqualTo("/p9999");
    }

    @Test
    void aRefCycleThroughPropertiesValidatesNestedData() throws Exception {
        JsonNode schema = json("{'$ref':'#/definitions/node','definitions':{'node':{'type':'object',"
                + "'properties':{'child':{'$ref':'#/definitions/node'},'n':{'type':'integer'}}}}}");
        PayloadValidation result = validator.validate(schema, json("{'child':{'child':{'n':'x'}}}"));
        assertThat(result.problems())
                .singleElement()
                .extracting(PayloadProblem::pointer)
                .isEqualTo("/child/child/n");
    }

    @Test
    void aRefLoopThatNeverReachesAKeywordIsAVerdictNotACrash() throws Exception {
        JsonNode schema = json("{'$ref':'#/definitions/a','definitions':{'a':{'$ref':'#/definitions/b'},"
                + "'b':{'$ref':'#/definitions/a'}}}");
        PayloadValidation result = validator.validate(schema, json("{}"));
        assertThat(result.outcome()).isEqualTo(PayloadValidation.Outcome.NOT_CHECKED);
        assertThat(result.problems().get(0).message())
                .isEqualTo("the schema's $refs loop without end (a $ref cycle that never reaches a keyword)");
    }

    @Test
    void aDraft2020SchemaIsUsedWithFormatsAsserted() throws Exception {
        PayloadValidation result = validator.validate(
                json("{'$schema':'https://json-schema.org/draft/2020-12/schema',"
                        + "'type':'object','properties':{'id':{'type':'string','format':'uuid'}}}"),
                json("{'id':'nope'}"));
        assertThat(result.problems())
                .singleElement()
                .extracting(PayloadProblem::pointer)
                .isEqualTo("/id");
    }

    @Test
    void anUnknownDraftIsNotCheckedAndNamesTheDraft() throws Exception {
        PayloadValidation result =
                validator.validate(json("{'$schema':'https://example.com/draft-99','type':'string'}"), json("1"));
        assertThat(result.outcome()).isEqualTo(PayloadValidation.Outcome.NOT_CHECKED);
        assertThat(result.problems().get(0).message())
                .startsWith("unknown JSON Schema draft 'https://example.com/draft-99'"
                        + " at /$schema; allowed: http://json-schema.org/draft-04/schema#,")
                .endsWith("https://json-schema.org/draft/2020-12/schema");
    }
}
