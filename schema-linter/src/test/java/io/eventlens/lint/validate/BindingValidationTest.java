package io.eventlens.lint.validate;

import static io.eventlens.lint.validate.ValidationFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eventlens.catalog.load.LoadProblem;
import org.junit.jupiter.api.Test;

/** Bindings checked by EventLens's own schemas (AMQP 0.1.0, WebSockets 1.1.1) and own field rules. */
class BindingValidationTest {

    private static final String AMQP =
            "does not match the amqp %s binding schema (urn:eventlens:bindings/amqp/0.1.0/%s.json): ";
    private static final String WS =
            "does not match the ws channel binding schema (urn:eventlens:bindings/websockets/1.1.1/channel.json): ";

    @Test
    void amqpZeroPointOneAndWebSocketsOnePointOnePointOneBindingsThatFollowTheirSpecificationsAreValid() {
        assertThat(validate("valid-own-binding-schemas.yaml").problems()).isEmpty();
    }

    @Test
    void amqpAndWebSocketsBindingsAreCheckedAgainstOurOwnSchemasOfTheirDeclaredVersion() {
        assertThat(validate("invalid-own-binding-schemas.yaml").problems())
                .extracting(LoadProblem::pointer, LoadProblem::line, LoadProblem::message)
                .containsExactly(
                        tuple(
                                "/channels/user~1signedup/bindings/amqp/exchange/type",
                                10,
                                AMQP.formatted("channel", "channel") + "does not have a value in the enumeration "
                                        + "[\"topic\", \"direct\", \"fanout\", \"default\", \"headers\"]"),
                        tuple(
                                "/channels/user~1signedup/subscribe/bindings/amqp/expiration",
                                14,
                                AMQP.formatted("operation", "operation") + "must have a minimum value of 0"),
                        tuple(
                                "/channels/user~1signedup/subscribe/message/bindings/amqp",
                                18,
                                AMQP.formatted("message", "message")
                                        + "property 'encoding' is not defined in the schema "
                                        + "and the schema does not allow additional properties"),
                        tuple(
                                "/channels/user~1live/bindings/ws/method",
                                22,
                                WS + "does not have a value in the enumeration [\"GET\", \"POST\"]"),
                        tuple(
                                "/channels/user~1events/bindings/ws/headers/type",
                                30,
                                WS + "must be the constant value 'object'"));
    }

    @Test
    void httpHeadersKafkaKeyAndMqttQosAreHeldToTheirBindingSpecificationsWhereTheShippedSchemasAreSilent() {
        assertThat(validate("invalid-binding-fields.yaml").problems())
                .extracting(LoadProblem::pointer, LoadProblem::line, LoadProblem::message)
                .containsExactly(
                        tuple(
                                "/channels/user~1signedup/subscribe/bindings/mqtt/qos",
                                9,
                                "qos of the mqtt operation binding 0.1.0"
                                        + " must be 0 (at most once), 1 (at least once) or 2 (exactly once); found 3"),
                        tuple(
                                "/channels/user~1signedup/subscribe/message/bindings/http/headers",
                                14,
                                "headers of the http message binding 0.1.0 must be a Schema Object of type "
                                        + "\"object\" with a \"properties\" key; found type \"string\""),
                        tuple(
                                "/channels/user~1signedup/subscribe/message/bindings/kafka/key",
                                17,
                                "key of the kafka message binding"
                                        + " 0.1.0 must be a Schema Object (JSON Schema "
                                        + "draft-07 keywords, discriminator, externalDocs,"
                                        + " deprecated, x- extensions); 'size' is not a Schema Object field"));
    }
}
