package io.eventlens.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinterTest {

    @Test
    void aWellDesignedDocumentHasNoFindings() {
        LintRun run = Lints.lint(LintConfig.defaults(), "good.yaml");
        assertThat(run.documents()).isEqualTo(1);
        assertThat(run.findings()).isEmpty();
        assertThat(run.failed()).isFalse();
    }

    @Test
    void eventDesignRulesReportEachProblemWithLineColumnAndPointer() {
        LintRun run = Lints.lint(LintConfig.defaults(), "design-v3.yaml");
        assertThat(Lints.summary(run))
                .containsExactly(
                        "eventlens-event-name-past-tense warn 25:7 /components/messages/PlaceOrder",
                        "eventlens-event-name-past-tense warn 34:7 /components/messages/OrderUpdate",
                        "eventlens-envelope-fields warn 36:9 /components/messages/OrderUpdate/payload",
                        "eventlens-schema-version-pinned warn 28:9 /components/messages/PlaceOrder/payload",
                        "eventlens-payload-self-contained warn 28:9 /components/messages/PlaceOrder/payload",
                        "eventlens-message-description warn 34:7 /components/messages/OrderUpdate",
                        "eventlens-channel-description warn 12:5 /channels/orders",
                        "eventlens-channel-binding warn 12:5 /channels/orders",
                        "asyncapi-message-examples error 42:31 "
                                + "/components/messages/OrderUpdate/examples/0/payload/event_id");
        assertThat(run.failed()).isTrue();
    }

    @Test
    void findingMessagesSayWhatIsWrongAndWhatIsExpected() {
        LintRun run = Lints.lint(LintConfig.defaults(), "design-v3.yaml");
        assertThat(run.findings())
                .extracting(LintFinding::message)
                .contains(
                        "message OrderUpdate lacks the envelope fields timestamp, source, "
                                + "schema_version, correlation_id"
                                + " (expected: event_id, timestamp, source, schema_version, correlation_id)",
                        "message PlaceOrder carries 0 fields beyond ids and the envelope "
                                + "(order_id); at least 1 expected so consumers need not call back",
                        "example payload does not match the message's payload schema: integer found, string expected");
    }

    @Test
    void aMessageMarkedAsCommandIsNotJudgedByEventNamingAndAPinnedVersionInAnyBranchCounts() {
        LintRun run = Lints.lint(LintConfig.defaults(), "design-v3.yaml");
        assertThat(run.findings()).noneMatch(f -> f.pointer().contains("ChargePayment"));
    }

    @Test
    void baselineRulesKeepTheAsyncApiIdsAndCheck2xOperationsMessagesChannelsAndTags() {
        LintRun run = Lints.lint(LintConfig.defaults(), "baseline-v2.yaml");
        assertThat(Lints.summary(run))
                .filteredOn(s -> s.startsWith("asyncapi-"))
                .containsExactly(
                        "asyncapi-info-contact warn 3:3 /info",
                        "asyncapi-info-description warn 3:3 /info",
                        "asyncapi-info-license warn 3:3 /info",
                        "asyncapi-servers warn 1:1 ",
                        "asyncapi-channel-no-trailing-slash warn 10:5 /channels/shipments~1",
                        "asyncapi-channel-no-query-nor-fragment warn 25:5 /channels/shipments~1{id}?x=1",
                        "asyncapi-operation-operationId error 30:7 /channels/shipments~1{id}?x=1/subscribe",
                        "asyncapi-message-messageId-uniqueness error 31:20 "
                                + "/channels/shipments~1{id}?x=1/subscribe/message/messageId",
                        "asyncapi-operation-description warn 30:7 /channels/shipments~1{id}?x=1/subscribe",
                        "asyncapi-tags-uniqueness error 7:11 /tags/1/name");
    }

    @Test
    void configuredLevelsOverrideDefaultsAndOffSilencesARule() {
        LintConfig config = new LintConfig(
                Map.of("asyncapi-message-examples", Level.INFO, "eventlens-channel-binding", Level.OFF),
                LintConfig.DEFAULT_ENVELOPE,
                1);
        LintRun run = Lints.lint(config, "design-v3.yaml");
        assertThat(Lints.summary(run))
                .contains("asyncapi-message-examples info 42:31 "
                        + "/components/messages/OrderUpdate/examples/0/payload/event_id")
                .noneMatch(s -> s.startsWith("eventlens-channel-binding"));
        assertThat(run.failed()).isFalse();
    }

    @Test
    void aDocumentThatDoesNotLoadIsAnInputErrorNotAFinding() {
        LintRun run = Lints.lint(LintConfig.defaults(), "broken.yaml");
        assertThat(run.documents()).isZero();
        assertThat(run.findings()).isEmpty();
        assertThat(run.inputErrors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("malformed YAML");
        });
    }

    @Test
    void everyRuleHasAnIdADefaultLevelAndARationale() {
        assertThat(Linter.rules()).hasSize(21).allSatisfy(rule -> {
            assertThat(rule.id()).matches("(asyncapi|eventlens)-[a-zA-Z-]+");
            assertThat(rule.rationale()).isNotBlank().endsWith(".");
        });
        assertThat(Linter.ruleIds()).hasSize(21);
    }

    @Test
    void avroPayloadsAreJudgedByTheirRecordFieldsAndExamples() {
        LintRun run = Lints.lint(LintConfig.defaults(), "avro-v3.yaml");
        assertThat(Lints.summary(run))
                .containsExactly(
                        "eventlens-envelope-fields warn 60:9 /components/messages/OrderShipped/payload",
                        "eventlens-schema-version-pinned warn 60:9 /components/messages/OrderShipped/payload",
                        "eventlens-payload-self-contained warn 60:9 /components/messages/OrderShipped/payload",
                        "asyncapi-message-examples error 70:67 "
                                + "/components/messages/OrderShipped/examples/0/payload/order_id");
        assertThat(run.findings())
                .extracting(LintFinding::message)
                .contains(
                        "message OrderShipped lacks the envelope fields timestamp, source, correlation_id"
                                + " (expected: event_id, timestamp, source, schema_version, correlation_id)",
                        "example payload does not match the message's payload schema: integer found, string expected");
    }

    @Test
    void aBrokenAvroPayloadIsNamedOnItsExampleInsteadOfSkipped() {
        LintRun run = Lints.lint(LintConfig.defaults(), "avro-broken-v3.yaml");
        assertThat(run.findings())
                .filteredOn(f -> f.ruleId().equals("asyncapi-message-examples"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .startsWith("example payload could not be checked: the payload is not a valid Avro schema")
                        .contains("strng"));
    }
}
