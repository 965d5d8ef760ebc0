package io.eventlens.lint.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Finding;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.diff.DocumentSide;
import io.eventlens.lint.diff.MessageCompatibility;
import io.eventlens.lint.diff.MessageVerdict;
import io.eventlens.lint.diff.PartVerdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog path reads documents as the CLI does: components beside the schema, the 3.0 wrapper, Avro, headers. */
class ConsumerImpactDocumentShapesTest {

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            info: {title: Order service, version: 1.0.0}
            channels:
              orders:
                address: orders
                messages:
                  OrderPlaced:
                    name: OrderPlaced
            %soperations:
              placeOrder:
                action: send
                channel: {$ref: '#/channels/orders'}
            components:
              schemas:
                Envelope:
                  type: object
                  properties:
                    correlation_id: {type: %s}
                Body:
                  type: object
                  properties:
                    data: {type: object}
            """;

    private static final String ALL_OF = """
            payload:
              allOf:
                - $ref: '#/components/schemas/Envelope'
                - $ref: '#/components/schemas/Body'
            """;

    private static final String CONSUMER = """
            asyncapi: 3.0.0
            info: {title: Saga orchestrator, version: 1.0.0}
            channels:
              orders:
                address: orders
                messages:
                  OrderPlaced: {name: OrderPlaced, payload: {type: object}}
            operations:
              onOrderPlaced:
                action: receive
                channel: {$ref: '#/channels/orders'}
            """;

    @Test
    void an_edit_to_a_component_an_all_of_refers_to_breaks_against_the_stored_version_it_replaces() {
        MessageVerdict verdict = check(doc(ALL_OF, "string"), doc(ALL_OF, "integer"));

        assertThat(verdict.kind()).as(verdict.summary()).isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        assertThat(verdict.comparedVersions()).containsExactly("1.0.0");
        assertThat(breaking(verdict.parts().get(0))).containsExactly("TYPE_CHANGED at /properties/correlation_id/type");
        assertThat(verdict.parts().get(0).pointer()).isEqualTo("/channels/orders/messages/OrderPlaced/payload");
        assertThat(verdict.hurtConsumers()).containsExactly("Saga orchestrator");
    }

    @Test
    void a_wrapped_3_0_payload_that_loses_an_enum_value_breaks() {
        String wrapped = """
                payload:
                  schemaFormat: application/schema+json;version=draft-07
                  schema: {type: object, properties: {status: {enum: [%s]}}}
                """;

        MessageVerdict verdict =
                check(doc(wrapped.formatted("NEW, PAID"), "string"), doc(wrapped.formatted("NEW"), "string"));

        assertThat(breaking(verdict.parts().get(0))).containsExactly("ENUM_VALUES_REMOVED at /properties/status/enum");
    }

    @Test
    void an_avro_payload_that_gains_a_field_without_a_default_breaks_by_avros_rules() {
        String avro = """
                payload:
                  schemaFormat: application/vnd.apache.avro;version=1.9.0
                  schema: {type: record, name: OrderPlaced, fields: [{name: id, type: string}%s]}
                """;

        MessageVerdict verdict = check(
                doc(avro.formatted(""), "string"), doc(avro.formatted(", {name: channel, type: string}"), "string"));

        assertThat(breaking(verdict.parts().get(0))).containsExactly("AVRO_FIELD_ADDED_WITHOUT_DEFAULT at /fields/1");
    }

    @Test
    void a_changed_header_breaks_in_the_headers_part() {
        String headers = """
                headers: {type: object, properties: {trace_id: {type: %s}}}
                payload: {type: object}
                """;

        MessageVerdict verdict =
                check(doc(headers.formatted("string"), "string"), doc(headers.formatted("integer"), "string"));

        assertThat(verdict.parts()).extracting(PartVerdict::part).containsExactly("payload", "headers");
        assertThat(breaking(verdict.parts().get(0))).isEmpty();
        assertThat(breaking(verdict.parts().get(1))).containsExactly("TYPE_CHANGED at /properties/trace_id/type");
    }

    @Test
    void the_catalog_path_reports_the_changes_the_cli_path_reports() {
        String old = doc(ALL_OF, "string");
        String now = doc(ALL_OF, "integer");

        MessageVerdict catalog = check(old, now);
        MessageVerdict cli = new MessageCompatibility(Mode.BACKWARD, Policy.STRICT)
                .verdicts(List.of(loaded("orders.yaml", old), loaded("orders.yaml", now)))
                .get(0);

        assertThat(catalog.changes()).isNotEmpty();
        assertThat(catalog.changes())
                .extracting(c -> c.type() + " " + c.pointer() + " " + c.sentence())
                .containsExactlyElementsOf(cli.changes().stream()
                        .map(c -> c.type() + " " + c.pointer() + " " + c.sentence())
                        .toList());
    }

    @Test
    void a_reference_a_bundled_document_makes_to_another_message_is_followed() {
        String twice = """
                  payload: {type: object, properties: {id: {type: %s}}}
                OrderAmended:
                  name: OrderAmended
                  payload: {$ref: '#/channels/orders/messages/OrderPlaced/payload'}
                """;

        MessageVerdict verdict = checkAll(
                        DOCUMENT.formatted(twice.formatted("string").indent(6), "string"),
                        DOCUMENT.formatted(twice.formatted("integer").indent(6), "string"))
                .get(1);

        assertThat(verdict.messageKey()).isEqualTo("OrderAmended");
        assertThat(breaking(verdict.parts().get(0))).containsExactly("TYPE_CHANGED at /properties/id/type");
    }

    /** The order service's document with {@code message} (written from column 0) under its message. */
    private static String doc(String message, String correlationType) {
        return DOCUMENT.formatted(message.indent(8), correlationType);
    }

    /** The first message of {@code now} against {@code old} stored in the catalog (as a snapshot's tree). */
    private static MessageVerdict check(String old, String now) {
        return checkAll(old, now).get(0);
    }

    private static List<MessageVerdict> checkAll(String old, String now) {
        DocumentSide stored = stored("orders.yaml", old);
        DocumentSide consumer = stored("saga.yaml", CONSUMER);
        Catalog current = new Catalog(
                List.of(),
                List.of(),
                consumer.catalog().operations(),
                stored.catalog().messages());
        return new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(List.of(stored, consumer), current, loaded("orders.yaml", now));
    }

    private static List<String> breaking(PartVerdict part) {
        return part.verdict().breaking().stream()
                .map(ConsumerImpactDocumentShapesTest::line)
                .toList();
    }

    private static String line(Finding finding) {
        return finding.change().kind() + " at " + finding.change().pointer();
    }

    private static DocumentSide stored(String name, String yaml) {
        return DocumentSide.ofTree(name, "3.0.0", load(name, yaml).document().tree());
    }

    private static DocumentSide loaded(String name, String yaml) {
        return DocumentSide.of(load(name, yaml).document());
    }

    private static DocumentLoad load(String name, String yaml) {
        return new CatalogLoader()
                .loadUpload(name, yaml.getBytes(StandardCharsets.UTF_8))
                .documents()
                .get(0);
    }
}
