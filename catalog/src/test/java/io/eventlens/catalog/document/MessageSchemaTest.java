package io.eventlens.catalog.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MessageSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aV3WrapperBehindARefGivesItsFormatAndInnerSchema() throws Exception {
        JsonNode document = JSON.readTree("""
                {"asyncapi": "3.0.0",
                 "components": {
                   "schemas": {"Wrapped": {"schemaFormat": "application/vnd.apache.avro;version=1.9.0",
                                           "schema": {"type": "record", "name": "R", "fields": []}}},
                   "messages": {"m": {"payload": {"$ref": "#/components/schemas/Wrapped"}}}}}
                """);
        Located message = Located.root(document).child(document, "components").child(document, "messages");

        MessageSchema payload = MessageSchema.of(document, message.child(document, "m"), "payload");

        assertThat(payload.avro()).isTrue();
        assertThat(payload.jsonSchema()).isFalse();
        assertThat(payload.schema().pointer()).isEqualTo("/components/schemas/Wrapped/schema");
        assertThat(MessageSchema.unwrap(document, JSON.readTree("{\"$ref\": \"#/components/schemas/Wrapped\"}")))
                .isEqualTo(payload.schema().node());
    }

    @Test
    void aV2PayloadTakesTheMessageFormatAndNoFormatMeansJsonSchema() throws Exception {
        JsonNode document = JSON.readTree("""
                {"m": {"schemaFormat": "application/schema+json;version=draft-07", "payload": {"type": "object"}},
                 "n": {"payload": {"type": "string"}}}
                """);
        Located root = Located.root(document);

        MessageSchema declared = MessageSchema.of(document, root.child(document, "m"), "payload");
        MessageSchema plain = MessageSchema.of(document, root.child(document, "n"), "payload");

        assertThat(declared.jsonSchema()).isTrue();
        assertThat(declared.schema().pointer()).isEqualTo("/m/payload");
        assertThat(plain.format()).isEmpty();
        assertThat(plain.jsonSchema()).isTrue();
        assertThat(MessageSchema.of(document, root.child(document, "n"), "headers"))
                .isNull();
    }
}
