package io.eventlens.dlq.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.DocumentLoader;
import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.lint.payload.PayloadValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payload schemas as AsyncAPI documents write them: behind {@code $ref: '#/components/schemas/...'}, with nested
 * references inside, loaded through the catalog loader as the application loads them.
 */
class PayloadCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SCHEMAS = """
              schemas:
                Order:
                  type: object
                  required: [order_id, lines]
                  properties:
                    order_id: {type: string}
                    lines:
                      type: array
                      items: {$ref: '#/components/schemas/Line'}
                Line:
                  type: object
                  required: [sku, quantity]
                  properties:
                    sku: {type: string}
                    quantity: {type: integer, minimum: 1}
            """;

    private static final String V2 = """
            asyncapi: 2.6.0
            info: {title: orders, version: 1.0.0}
            channels:
              orders.placed:
                subscribe:
                  message: {$ref: '#/components/messages/OrderPlaced'}
            components:
              messages:
                OrderPlaced:
                  name: OrderPlaced
                  payload: {$ref: '#/components/schemas/Order'}
            """ + SCHEMAS;

    private static final String V3 = """
            asyncapi: 3.0.0
            info: {title: orders, version: 1.0.0}
            channels:
              orders:
                address: orders.placed
                messages:
                  OrderPlaced: {$ref: '#/components/messages/OrderPlaced'}
            operations:
              sendOrderPlaced:
                action: send
                channel: {$ref: '#/channels/orders'}
                messages:
                  - $ref: '#/channels/orders/messages/OrderPlaced'
            components:
              messages:
                OrderPlaced:
                  name: OrderPlaced
                  payload: {$ref: '#/components/schemas/Order'}
            """ + SCHEMAS;

    /** 3.0 with the payload inline and only its nested parts behind references. */
    private static final String V3_INLINE = V3.replace("""
                  payload: {$ref: '#/components/schemas/Order'}
            """, """
                  payload:
                    type: object
                    required: [order_id, lines]
                    properties:
                      order_id: {type: string}
                      lines: {type: array, items: {$ref: '#/components/schemas/Line'}}
            """);

    /** 3.0 with the payload in a Multi Format Schema Object whose schema is a reference. */
    private static final String V3_MULTI_FORMAT = V3.replace("""
                  payload: {$ref: '#/components/schemas/Order'}
            """, """
                  payload:
                    schemaFormat: application/vnd.aai.asyncapi+json;version=3.0.0
                    schema: {$ref: '#/components/schemas/Order'}
            """);

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("AsyncAPI 2.6, payload behind a $ref", V2),
                Arguments.of("AsyncAPI 3.0, payload behind a $ref", V3),
                Arguments.of("AsyncAPI 3.0, inline payload with a nested $ref", V3_INLINE),
                Arguments.of("AsyncAPI 3.0, Multi Format Schema Object holding a $ref", V3_MULTI_FORMAT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void a_payload_that_matches_the_referenced_schemas_is_valid(String name, String document) throws Exception {
        SchemaVerdict verdict = check(document, """
                {"order_id": "o-1", "lines": [{"sku": "A-1", "quantity": 2}]}
                """);

        assertThat(verdict.status()).isEqualTo(SchemaVerdict.Status.VALID);
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.schema()).isEqualTo("OrderPlaced v1.0.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void a_payload_that_breaks_a_nested_referenced_schema_is_invalid_at_its_pointer(String name, String document)
            throws Exception {
        SchemaVerdict verdict = check(document, """
                {"order_id": "o-1", "lines": [{"sku": "A-1", "quantity": 0}]}
                """);

        assertThat(verdict.status()).isEqualTo(SchemaVerdict.Status.INVALID);
        assertThat(verdict.problems())
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("/lines/0/quantity: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void a_payload_missing_a_field_the_referenced_schema_requires_is_invalid(String name, String document)
            throws Exception {
        SchemaVerdict verdict = check(document, """
                {"lines": []}
                """);

        assertThat(verdict.status()).isEqualTo(SchemaVerdict.Status.INVALID);
        assertThat(verdict.problems())
                .singleElement()
                .satisfies(p -> assertThat(p).contains("order_id"));
    }

    @Test
    void a_message_whose_document_is_unknown_is_not_checked_and_says_why() throws Exception {
        DocumentLoad load = new DocumentLoader(LoadOptions.defaults())
                .loadBytes("orders.yaml", V3.getBytes(StandardCharsets.UTF_8));
        Catalog catalog = Catalog.of(List.of(load.document()));

        SchemaVerdict verdict = new PayloadCheck(() -> catalog, m -> null, new PayloadValidator())
                .check("orders.placed", JSON.readTree("{\"order_id\": \"o-1\", \"lines\": []}"));

        assertThat(verdict.status()).isEqualTo(SchemaVerdict.Status.NO_SCHEMA);
        assertThat(verdict.problems())
                .containsExactly(
                        "the document of message 'OrderPlaced' is not known, so its schema's references cannot be"
                                + " resolved");
    }

    @Test
    void a_multi_format_payload_in_avro_is_not_checked_as_json_schema() throws Exception {
        String avro = V3.replace("""
                      payload: {$ref: '#/components/schemas/Order'}
                """, """
                      payload:
                        schemaFormat: application/vnd.apache.avro;version=1.9.0
                        schema: {type: record, name: Order, fields: [{name: order_id, type: string}]}
                """);

        SchemaVerdict verdict = check(avro, "{\"order_id\": \"o-1\"}");

        assertThat(verdict.status()).isEqualTo(SchemaVerdict.Status.NO_SCHEMA);
        assertThat(verdict.problems())
                .containsExactly("the payload schema is written in application/vnd.apache.avro;version=1.9.0;"
                        + " only JSON Schema payloads are checked");
    }

    private static SchemaVerdict check(String document, String payload) throws Exception {
        DocumentLoad load = new DocumentLoader(LoadOptions.defaults())
                .loadBytes("orders.yaml", document.getBytes(StandardCharsets.UTF_8));
        assertThat(load.problems())
                .filteredOn(p -> p.severity() == LoadProblem.Severity.ERROR)
                .isEmpty();
        LoadedDocument loaded = load.document();
        Catalog catalog = Catalog.of(List.of(loaded));
        JsonNode value = JSON.readTree(payload);
        return new PayloadCheck(
                        () -> catalog,
                        m -> m.document().equals(loaded.name()) ? loaded.tree() : null,
                        new PayloadValidator())
                .check("orders.placed", value);
    }
}
