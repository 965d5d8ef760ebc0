package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The example builder behind partial oneOf overlaps: what it builds must satisfy every schema it was given. */
class WitnessTest {

    private final PayloadValidator validator = new PayloadValidator();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{'type':'integer','minimum':7,'multipleOf':5}",
                "{'type':'number','exclusiveMinimum':0,'maximum':0.5,'multipleOf':0.25}",
                "{'type':'integer','maximum':-3}",
                "{'type':'string','minLength':4,'maxLength':4}",
                "{'type':'string','format':'date-time'}",
                "{'type':'string','format':'uuid'}",
                "{'type':'array','minItems':2,'items':{'type':'boolean'}}",
                "{'type':'array','prefixItems':[{'const':'a'},{'type':'integer','minimum':1}],'minItems':2}",
                "{'type':'object','required':['at','tags'],'properties':{'at':{'type':'string','format':'date'},"
                        + "'tags':{'type':'array','contains':{'const':'x'}}}}",
                "{'type':'object','minProperties':2,'properties':{'a':{'type':'null'},'b':{'enum':[1,2]}}}",
                "{'allOf':[{'required':['a']},{'properties':{'a':{'type':'integer','minimum':3}}}]}",
                "{'type':'string','pattern':'^[A-Z]{3}-\\\\d{2,4}$'}",
                "{'type':'string','pattern':'^(?:ord|inv)_[^_\\\\s]+(?=x|$)','minLength':12}",
                "{'type':'string','pattern':'colou?r','minLength':8,'maxLength':8}",
                "{'type':'string','pattern':'^\\\\p{Lu}\\\\w*\\\\.json$'}",
            })
    void aBuiltValueSatisfiesItsSchema(String text) {
        JsonNode schema = json(text);
        if (schema.has("prefixItems")) {
            ((ObjectNode) schema).put("$schema", "https://json-schema.org/draft/2020-12/schema");
        }

        JsonNode value = Witness.of(List.of(schema)).orElseThrow();

        assertThat(validator.validate(schema, value).valid())
                .as("%s satisfies %s", value, schema)
                .isTrue();
    }

    @Test
    void valuesSatisfyEverySchemaOfTheList() {
        List<JsonNode> schemas = List.of(
                json("{'type':['string','integer']}"),
                json("{'type':'number','minimum':2}"),
                json("{'enum':['x',3,4]}"),
                json("{'enum':[4,3]}"));

        assertThat(Witness.of(schemas)).contains(json("3"));
    }

    @Test
    void twoPatternsGetASampleBothMatch() {
        List<JsonNode> schemas =
                List.of(json("{'type':'string','pattern':'^[a-z]+$'}"), json("{'type':'string','pattern':'^x'}"));

        JsonNode value = Witness.of(schemas).orElseThrow();

        assertThat(value.asText()).isEqualTo("x");
        assertThat(schemas)
                .allSatisfy(s -> assertThat(validator.validate(s, value).valid())
                        .as("%s", s)
                        .isTrue());
    }

    @Test
    void schemasThatExcludeEachOtherGiveNothing() {
        assertThat(Witness.of(List.of(json("{'type':'string'}"), json("{'type':'object'}"))))
                .isEmpty();
        assertThat(Witness.of(List.of(json("{'enum':['a']}"), json("{'enum':['b']}"))))
                .isEmpty();
        assertThat(Witness.of(List.of(json("{'type':'integer','minimum':2,'maximum':1}"))))
                .isEmpty();
        assertThat(Witness.of(List.of(json("{'required':['a'],'additionalProperties':false}"))))
                .isEmpty();
        assertThat(Witness.of(List.of(json("{'type':'string'}"), json("false"))))
                .isEmpty();
    }
}
