package io.eventlens.lint.impact;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.lint.compat.CompatibilityVerdict;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.nio.charset.StandardCharsets;
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

    private final Catalog now =
            both(catalog("orders.yaml", PRODUCER.formatted("1.0.0", "1", "order_id")), catalog("email.yaml", CONSUMER));

    @Test
    void a_new_required_field_breaks_backward_and_names_the_receiving_services() {
        Catalog candidate = catalog("orders.yaml", PRODUCER.formatted("2.0.0", "2", "order_id, customer_id"));

        MessageVerdict verdict = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(now, now, candidate)
                .get(0);

        assertThat(verdict.messageKey()).isEqualTo("OrderPlaced");
        assertThat(verdict.comparedVersions()).containsExactly("1");
        assertThat(verdict.verdict().kind()).isEqualTo(CompatibilityVerdict.Kind.INCOMPATIBLE);
        assertThat(verdict.fails()).isTrue();
        assertThat(verdict.hurtConsumers()).containsExactly("Email service");
        assertThat(verdict.verdict().summary()).contains("/required");
    }

    @Test
    void earlier_versions_are_the_producers_schema_not_a_consumers_partial_one() {
        Catalog consumerFirst = both(
                catalog("email.yaml", CONSUMER), catalog("orders.yaml", PRODUCER.formatted("1.0.0", "1", "order_id")));
        Catalog candidate = catalog("orders.yaml", PRODUCER.formatted("1.1.0", "2", "order_id"));

        MessageVerdict verdict = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(consumerFirst, consumerFirst, candidate)
                .get(0);

        assertThat(verdict.verdict().kind())
                .as(verdict.verdict().summary())
                .isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
    }

    @Test
    void an_unchanged_payload_under_a_new_version_passes_and_hurts_nobody() {
        Catalog candidate = catalog("orders.yaml", PRODUCER.formatted("1.1.0", "2", "order_id"));

        MessageVerdict verdict = new ConsumerImpact(Mode.FULL_TRANSITIVE, Policy.STRICT)
                .check(now, now, candidate)
                .get(0);

        assertThat(verdict.verdict().kind()).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
        assertThat(verdict.fails()).isFalse();
        assertThat(verdict.hurtConsumers()).isEmpty();
        assertThat(verdict.consumers()).containsExactly("Email service");
    }

    @Test
    void a_message_the_catalog_never_saw_is_compatible_with_nothing_to_compare() {
        Catalog candidate = catalog(
                "orders.yaml", PRODUCER.formatted("1.0.0", "1", "order_id").replace("OrderPlaced", "OrderShipped"));

        MessageVerdict verdict = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(now, now, candidate)
                .get(0);

        assertThat(verdict.comparedVersions()).isEmpty();
        assertThat(verdict.verdict().kind()).isEqualTo(CompatibilityVerdict.Kind.COMPATIBLE);
    }

    @Test
    void a_message_that_lost_its_payload_gets_a_clear_verdict() {
        Catalog candidate = catalog(
                "orders.yaml",
                PRODUCER.formatted("2.0.0", "2", "order_id").replaceAll("(?s)\n +payload:.*?(\noperations)", "$1"));
        assertThat(candidate.messages().get(0).payload())
                .as("the candidate really has no payload")
                .isNull();

        MessageVerdict verdict = new ConsumerImpact(Mode.FULL, Policy.STRICT)
                .check(now, now, candidate)
                .get(0);

        assertThat(verdict.verdict().summary()).as(verdict.verdict().summary()).isNotBlank();
        assertThat(verdict.comparedVersions()).containsExactly("1");
        assertThat(verdict.fails()).as(verdict.verdict().summary()).isTrue();
    }

    private static Catalog both(Catalog a, Catalog b) {
        return new Catalog(
                concat(a.services(), b.services()),
                concat(a.channels(), b.channels()),
                concat(a.operations(), b.operations()),
                concat(a.messages(), b.messages()));
    }

    private static <T> java.util.List<T> concat(java.util.List<T> a, java.util.List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Catalog catalog(String name, String yaml) {
        return new CatalogLoader()
                .loadUpload(name, yaml.getBytes(StandardCharsets.UTF_8))
                .catalog();
    }
}
