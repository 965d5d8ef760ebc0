package io.eventlens.lint.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.diff.DocumentChange;
import io.eventlens.lint.diff.DocumentSide;
import io.eventlens.lint.diff.MessageVerdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConsumerImpactTest {

    private static final String PRODUCER = """
            asyncapi: 3.0.0
            info: {title: Order service, version: %s}
            channels:
              orders:
                address: orders
                messages:
                  OrderPlaced:
                    name: OrderPlaced
                    x-schema-version: '%s'
                    payload:
                      type: object
                      required: [%s]
                      properties:
                        order_id: {type: string}
                        customer_id: {type: string}
            operations:
              placeOrder:
                action: send
                channel: {$ref: '#/channels/orders'}
            """;

    private static final String CONSUMER = """
            asyncapi: 3.0.0
            info: {title: Email service, version: 1.0.0}
            channels:
              orders:
                address: orders
                messages:
                  OrderPlaced:
                    name: OrderPlaced
                    x-schema-version: '1'
                    payload: {type: object}
            operations:
              onOrderPlaced:
                action: receive
                channel: {$ref: '#/channels/orders'}
            """;

    private final List<DocumentSide> known =
            List.of(side("orders.yaml", PRODUCER.formatted("1.0.0", "1", "order_id")), side("email.yaml", CONSUMER));
    private final Catalog now = both(known.get(0).catalog(), known.get(1).catalog());

    @Test
    void a_new_required_field_breaks_backward_and_names_the_receiving_services() {
        DocumentSide candidate = side("orders.yaml", PRODUCER.formatted("2.0.0", "2", "order_id, customer_id"));

        MessageVerdict verdict = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(known, now, candidate)
                .get(0);

        assertThat(verdict.messageKey()).isEqualTo("OrderPlaced");
        assertThat(verdict.comparedVersions()).containsExactly("1");
        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        assertThat(verdict.fails()).isTrue();
        assertThat(verdict.hurtConsumers()).containsExactly("Email service");
        assertThat(verdict.parts().get(0).verdict().summary()).contains("/required");
        assertThat(verdict.changes())
                .extracting(DocumentChange::pointer)
                .contains("/channels/orders/messages/OrderPlaced/payload/required");
    }

    @Test
    void earlier_versions_are_the_producers_schema_not_a_consumers_partial_one() {
        List<DocumentSide> consumerFirst = List.of(known.get(1), known.get(0));
        DocumentSide candidate = side("orders.yaml", PRODUCER.formatted("1.1.0", "2", "order_id"));

        MessageVerdict verdict = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(consumerFirst, now, candidate)
                .get(0);

        assertThat(verdict.kind()).as(summary(verdict)).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
    }

    @Test
    void an_unchanged_payload_under_a_new_version_passes_and_hurts_nobody() {
        DocumentSide candidate = side("orders.yaml", PRODUCER.formatted("1.1.0", "2", "order_id"));

        MessageVerdict verdict = new ConsumerImpact(Mode.FULL_TRANSITIVE, Policy.STRICT)
                .check(known, now, candidate)
                .get(0);

        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
        assertThat(verdict.fails()).isFalse();
        assertThat(verdict.hurtConsumers()).isEmpty();
        assertThat(verdict.consumers()).containsExactly("Email service");
    }

    @Test
    void a_message_the_catalog_never_saw_is_compatible_with_nothing_to_compare() {
        DocumentSide candidate = side(
                "orders.yaml", PRODUCER.formatted("1.0.0", "1", "order_id").replace("OrderPlaced", "OrderShipped"));

        MessageVerdict verdict = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(known, now, candidate)
                .get(0);

        assertThat(verdict.comparedVersions()).isEmpty();
        assertThat(verdict.kind()).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
    }

    @Test
    void a_message_that_lost_its_payload_gets_a_clear_verdict() {
        DocumentSide candidate = side(
                "orders.yaml",
                PRODUCER.formatted("2.0.0", "2", "order_id").replaceAll("(?s)\n +payload:.*?(\noperations)", "$1"));
        assertThat(candidate.catalog().messages().get(0).payload())
                .as("the candidate really has no payload")
                .isNull();

        MessageVerdict verdict = new ConsumerImpact(Mode.FULL, Policy.STRICT)
                .check(known, now, candidate)
                .get(0);

        assertThat(summary(verdict)).as(summary(verdict)).isNotBlank();
        assertThat(verdict.comparedVersions()).containsExactly("1");
        assertThat(verdict.fails()).as(summary(verdict)).isTrue();
    }

    private static Catalog both(Catalog a, Catalog b) {
        return new Catalog(
                concat(a.services(), b.services()),
                concat(a.channels(), b.channels()),
                concat(a.operations(), b.operations()),
                concat(a.messages(), b.messages()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String summary(MessageVerdict verdict) {
        return verdict.parts().stream().map(p -> p.verdict().summary()).toList().toString();
    }

    private static DocumentSide side(String name, String yaml) {
        return DocumentSide.of(new CatalogLoader()
                .loadUpload(name, yaml.getBytes(StandardCharsets.UTF_8))
                .documents()
                .get(0)
                .document());
    }
}
