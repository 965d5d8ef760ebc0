package io.eventlens.catalog.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubschemaKeywordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachDirectSubschemaIsGivenWithItsRelativePointer() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"type": "object",
                 "properties": {"a/b": {"type": "string"}},
                 "dependencies": {"x": ["y"], "z": {"required": ["w"]}},
                 "items": [{"type": "integer"}, true],
                 "not": false,
                 "enum": [{"type": "object"}],
                 "$defs": {"D": {"type": "null"}}}
                """);
        List<String> seen = new ArrayList<>();

        SubschemaKeywords.forEach(schema, false, (at, subschema) -> seen.add(at));

        assertThat(seen).containsExactly("/properties/a~1b", "/dependencies/z", "/items/0", "/items/1", "/not");
    }

    @Test
    void definitionsAreWalkedOnlyWhenAskedFor() throws Exception {
        JsonNode schema = JSON.readTree("{\"$defs\": {\"D\": {}}, \"definitions\": {\"E\": true}}");
        List<String> seen = new ArrayList<>();

        SubschemaKeywords.forEach(schema, true, (at, subschema) -> seen.add(at));

        assertThat(seen).containsExactly("/$defs/D", "/definitions/E");
        assertThat(SubschemaKeywords.kind("items", schema)).isEqualTo(SubschemaKeywords.Kind.SCHEMA);
        assertThat(SubschemaKeywords.kind("title", schema)).isEqualTo(SubschemaKeywords.Kind.NONE);
    }
}
