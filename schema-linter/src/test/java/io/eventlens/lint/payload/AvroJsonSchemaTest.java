package io.eventlens.lint.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Avro schemas read as the JSON Schema of plain-JSON payloads, checked by validating values against them. */
class AvroJsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = """
            {"type": "record", "name": "Order", "namespace": "shop", "fields": [
              {"name": "id", "type": "string"},
              {"name": "qty", "type": "int"},
              {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["PLACED", "PAID"]}},
              {"name": "note", "type": ["null", "string"], "default": null},
              {"name": "tags", "type": {"type": "map", "values": "long"}, "default": {}},
              {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 4}, "default": "abcd"},
              {"name": "next", "type": ["null", "Order"], "default": null}
            ]}""";

    private final PayloadValidator validator = new PayloadValidator();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{'id':'o-1','qty':1,'status':'PLACED'}                                   | true",
                "{'id':'o-1','qty':1,'status':'PLACED','note':'x'}                        | true",
                "{'id':'o-1','qty':1,'status':'PLACED','note':{'string':'x'}}             | true",
                "{'id':'o-1','qty':1,'status':'PLACED','note':null}                       | true",
                "{'id':'o-1','qty':1,'status':'PLACED','next':{'id':'o-2','qty':2,'status':'PAID'}} | true",
                "{'id':'o-1','qty':1,'status':'PLACED','next':{'shop.Order':{'id':'o-2','qty':2,'status':'PAID'}}} "
                        + "| true",
                "{'id':'o-1','qty':1,'status':'PLACED','tags':{'a':5}}                    | true",
                "{'id':'o-1','qty':1,'status':'SHIPPED'}                                  | false",
                "{'id':'o-1','status':'PLACED'}                                           | false",
                "{'id':'o-1','qty':2147483648,'status':'PLACED'}                          | false",
                "{'id':'o-1','qty':1,'status':'PLACED','extra':true}                      | false",
                "{'id':'o-1','qty':1,'status':'PLACED','note':{'int':3}}                  | false",
                "{'id':'o-1','qty':1,'status':'PLACED','tags':{'a':'x'}}                  | false",
                "{'id':'o-1','qty':1,'status':'PLACED','next':{'id':'o-2','status':'PAID'}} | false",
            })
    void aValueMatchesTheReadingExactlyWhenItIsAValidPlainOrTaggedAvroValue(String value, boolean valid)
            throws Exception {
        JsonNode schema = AvroJsonSchema.of(JSON.readTree(ORDER));

        assertThat(validator
                        .validate(schema, JSON.readTree(value.replace('\'', '"')))
                        .valid())
                .isEqualTo(valid);
    }

    @Test
    void recordFieldsAreTopLevelPropertiesAndNamedTypesAreKeptForLaterUse() throws Exception {
        JsonNode schema = AvroJsonSchema.of(JSON.readTree(ORDER));

        assertThat(schema.path("properties").fieldNames())
                .toIterable()
                .containsExactly("id", "qty", "status", "note", "tags", "hash", "next");
        assertThat(schema.path("required")).extracting(JsonNode::asText).containsExactly("id", "qty", "status");
        assertThat(schema.path("properties").path("status").path("enum")).hasSize(2);
        assertThat(schema.path("$defs").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("shop.Order", "shop.Status", "shop.Hash");
    }

    @Test
    void anInvalidAvroSchemaIsNamedWithAvrosMessage() {
        assertThatThrownBy(() -> AvroJsonSchema.of(JSON.readTree("{\"type\": \"record\", \"name\": \"A\", \"fields\": "
                        + "[{\"name\": \"x\", \"type\": \"strng\"}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid Avro schema")
                .hasMessageContaining("strng");
    }
}
