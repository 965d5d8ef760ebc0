package io.eventlens.catalog.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaInDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSchemaSitsUnderAllOfBesideTheDocumentsComponentsAndChannelsSoLocalPointersMeanWhatTheyMeant()
            throws Exception {
        JsonNode document = JSON.readTree("""
                {"asyncapi": "3.0.0", "info": {"title": "t", "version": "1"},
                 "channels": {"c": {"address": "a"}},
                 "components": {"schemas": {"Order": {"type": "object"}}}}
                """);
        JsonNode schema = JSON.readTree("{\"$ref\": \"#/components/schemas/Order\"}");

        JsonNode wrapped = SchemaInDocument.of(document, schema);

        assertThat(wrapped.get("allOf")).containsExactly(schema);
        assertThat(wrapped.get("components")).isSameAs(document.get("components"));
        assertThat(wrapped.get("channels")).isSameAs(document.get("channels"));
        assertThat(wrapped.has("info")).isFalse();
        assertThat(wrapped.at("/components/schemas/Order")).isEqualTo(document.at("/components/schemas/Order"));
    }

    @Test
    void aDocumentWithoutComponentsGivesTheSchemaAloneUnderAllOf() throws Exception {
        JsonNode document = JSON.readTree("{\"asyncapi\": \"2.6.0\"}");

        JsonNode wrapped = SchemaInDocument.of(document, JSON.readTree("true"));

        assertThat(wrapped).isEqualTo(JSON.readTree("{\"allOf\": [true]}"));
    }
}
