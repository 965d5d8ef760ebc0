package io.eventlens.lint.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentDiffTest {

    static final String V1 = Documents.resource("order-service-v1.yaml");

    @TempDir
    Path dir;

    List<DocumentChange> diff(Mode mode, String before, String after) {
        return new DocumentDiff(mode, Policy.STRICT)
                .diff(Documents.load(dir, "old.yaml", before), Documents.load(dir, "new.yaml", after));
    }

    List<DocumentChange> diff(String after) {
        return diff(Mode.FULL, V1, after);
    }

    static List<ChangeType> types(List<DocumentChange> changes) {
        return changes.stream().map(DocumentChange::type).toList();
    }

    @Test
    void anIdenticalDocumentHasNoChanges() {
        assertThat(diff(V1)).isEmpty();
    }

    @Test
    void aRemovedRequiredFieldBreaksForwardButNotBackwardOnAnOpenModel() {
        String v2 = Documents.resource("order-service-v2.yaml");
        List<DocumentChange> forward = diff(Mode.FORWARD, V1, v2);
        DocumentChange broken =
                forward.stream().filter(DocumentChange::breaking).findFirst().orElseThrow();
        assertThat(broken.type()).isEqualTo(ChangeType.PAYLOAD_BREAKING);
        assertThat(broken.pointer()).startsWith("/components/messages/OrderPlaced/payload");
        assertThat(broken.sentence()).contains("total");
        assertThat(broken.file()).endsWith("new.yaml");
        assertThat(broken.line()).isPositive();
        assertThat(diff(Mode.BACKWARD, V1, v2)).noneMatch(DocumentChange::breaking);
    }

    @Test
    void anInfoVersionEditIsReportedButNotBreaking() {
        List<DocumentChange> changes = diff(V1.replace("version: 1.0.0", "version: 2.0.0"));
        assertThat(types(changes)).containsExactly(ChangeType.INFO_VERSION_CHANGED);
        assertThat(changes.get(0).breaking()).isFalse();
        assertThat(changes.get(0).sentence()).contains("'1.0.0' to '2.0.0'");
        assertThat(changes.get(0).pointer()).isEqualTo("/info/version");
        assertThat(changes.get(0).line()).isEqualTo(4);
    }

    @Test
    void parserNoiseIsNoChange() {
        assertThat(diff(V1.replace(
                                "      name: OrderPlaced\n",
                                "      name: OrderPlaced\n      x-parser-message-name: OrderPlaced\n")
                        .replace(
                                "      type: object\n", "      type: object\n      x-parser-schema-id: OrderPlaced\n")))
                .isEmpty();
    }

    @Test
    void aChangedKafkaTopicBreaks() {
        List<DocumentChange> changes = diff(V1.replace("topic: orders", "topic: orders-v2"));
        assertThat(types(changes)).containsExactly(ChangeType.BINDING_TOPIC_CHANGED);
        assertThat(changes.get(0).breaking()).isTrue();
        assertThat(changes.get(0).sentence()).contains("from 'orders' to 'orders-v2'");
        assertThat(changes.get(0).pointer()).isEqualTo("/channels/orders/bindings/kafka");
    }

    @Test
    void aChangedKafkaKeyBreaks() {
        String keyed = V1.replace(
                "      contentType: application/json\n",
                "      contentType: application/json\n      bindings:\n        kafka:\n        "
                        + "  key:\n            type: string\n");
        List<DocumentChange> changes =
                diff(Mode.FULL, keyed, keyed.replace("            type: string\n", "            type: integer\n"));
        assertThat(types(changes)).containsExactly(ChangeType.BINDING_KEY_CHANGED);
        assertThat(changes.get(0).pointer()).isEqualTo("/components/messages/OrderPlaced/bindings/kafka/key");
        assertThat(changes.get(0).sentence()).contains("{\"type\":\"string\"} to {\"type\":\"integer\"}");
    }

    @Test
    void aChannelWithANewAddressAndTheSameMessagesWasRenamed() {
        List<DocumentChange> changes = diff(V1.replace("address: orders", "address: order-events"));
        assertThat(types(changes)).contains(ChangeType.CHANNEL_RENAMED).doesNotContain(ChangeType.CHANNEL_REMOVED);
        assertThat(changes)
                .filteredOn(c -> c.type() == ChangeType.CHANNEL_RENAMED)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.sentence()).contains("'orders' was renamed to 'order-events'");
                    assertThat(c.file())
                            .as("placed where consumers lose it, like a removal")
                            .endsWith("old.yaml");
                    assertThat(c.pointer()).isEqualTo("/channels/orders");
                });
    }

    @Test
    void aRemovedOperationAndItsMessageBreakAtTheirPlaceInTheOldDocument() {
        String withoutSend = V1.replace(V1.substring(V1.indexOf("operations:"), V1.indexOf("components:")), "");
        List<DocumentChange> changes = diff(withoutSend);
        DocumentChange removed = changes.stream()
                .filter(c -> c.type() == ChangeType.OPERATION_REMOVED)
                .findFirst()
                .orElseThrow();
        assertThat(removed.breaking()).isTrue();
        assertThat(removed.file()).endsWith("old.yaml");
        assertThat(removed.pointer()).isEqualTo("/operations/sendOrders");
        assertThat(removed.line()).as("the line of the operation object").isEqualTo(18);
    }

    @Test
    void anOperationWithANewIdAndTheSameMessagesWasRenamedWithoutBreaking() {
        List<DocumentChange> changes = diff(V1.replace("sendOrders", "publishOrders"));
        assertThat(types(changes)).containsExactly(ChangeType.OPERATION_RENAMED);
        assertThat(changes.get(0).breaking()).isFalse();
    }

    @Test
    void aMessageWithANewNameAndTheSamePayloadWasRenamed() {
        List<DocumentChange> changes = diff(V1.replace("name: OrderPlaced", "name: OrderSubmitted"));
        assertThat(types(changes)).containsExactly(ChangeType.MESSAGE_RENAMED);
        assertThat(changes.get(0).sentence()).contains("'OrderPlaced' was renamed to 'OrderSubmitted'");
        assertThat(changes.get(0).file()).endsWith("old.yaml");
        assertThat(changes.get(0).pointer()).isEqualTo("/components/messages/OrderPlaced");
    }

    @Test
    void aChangedContentTypeBreaksAndTheDocumentDefaultCounts() {
        List<DocumentChange> changes =
                diff(V1.replace("contentType: application/json", "contentType: application/avro"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.MESSAGE_CONTENT_TYPE_CHANGED);
            assertThat(c.breaking()).isTrue();
            assertThat(c.pointer()).isEqualTo("/components/messages/OrderPlaced/contentType");
            assertThat(c.sentence()).contains("from 'application/json' to 'application/avro'");
        });
        String byDefault = V1.replace("      contentType: application/json\n", "")
                .replace("channels:\n", "defaultContentType: application/json\nchannels:\n");
        assertThat(diff(Mode.FULL, byDefault, V1)).isEmpty();
    }

    @Test
    void aServerVariableWithANewDefaultBreaksClientsThatUseTheDefault() {
        String withServer = V1.replace(
                "channels:\n",
                "servers:\n  local:\n    host: 'localhost:{port}'\n    protocol: kafka\n"
                        + "    variables:\n      port:\n        default: '9092'\nchannels:\n");
        List<DocumentChange> changes = diff(Mode.FULL, withServer, withServer.replace("'9092'", "'19092'"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SERVER_CHANGED);
            assertThat(c.breaking()).isTrue();
            assertThat(c.pointer()).isEqualTo("/servers/local/variables/port/default");
            assertThat(c.sentence()).contains("variable 'port' of server 'local' changed from '9092' to '19092'");
        });
    }

    @Test
    void anAnonymousMessageInsertedBeforeAnotherIsAnAdditionNotAChangeOfTheOneThatMoved() {
        String two = "asyncapi: 2.6.0\ninfo:\n  title: t\n  version: '1'\nchannels:\n  hello:\n    "
                + "publish:\n      message:\n        oneOf:\n          - payload:\n              type: string\n  "
                + "        - payload:\n              type: number\n";
        String three = two.replace(
                "          - payload:\n              type: number\n",
                "          - payload:\n              type: object\n          - payload:\n              type: number\n");
        assertThat(diff(Mode.FULL, two, three)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.MESSAGE_ADDED);
            assertThat(c.breaking()).isFalse();
        });
    }

    @Test
    void aRemovedChannelBreaksAndAnAddedOneDoesNot() {
        String two = V1.replace(
                "operations:",
                "  audit:\n    address: audit\n    messages:\n      OrderPlaced:\n"
                        + "        $ref: '#/components/messages/OrderPlaced'\noperations:");
        assertThat(diff(Mode.FULL, V1, two)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.CHANNEL_ADDED);
            assertThat(c.breaking()).isFalse();
        });
        assertThat(diff(Mode.FULL, two, V1)).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.CHANNEL_REMOVED);
            assertThat(c.breaking()).isTrue();
            assertThat(c.sentence()).isEqualTo("channel 'audit' was removed: its producers and consumers lose it");
        });
    }

    @Test
    void aMessageThatLostItsPayloadIsAVerdictNotACrash() {
        String lost = V1.replace("      payload:\n        $ref: '#/components/schemas/OrderPlaced'\n", "");
        List<DocumentChange> changes = diff(lost);
        assertThat(changes).anyMatch(c -> c.type() == ChangeType.PAYLOAD_BREAKING && c.breaking());
    }

    @Test
    void aTwoSixDocumentAndItsThreeZeroTranslationHaveNoChange() {
        String v2 = Documents.resource("order-service-v1-asyncapi2.yaml");
        assertThat(diff(Mode.FULL, v2, V1)).isEmpty();
        assertThat(diff(Mode.FULL, V1, v2)).isEmpty();
    }

    @Test
    void aTwoSixDocumentAgainstAThreeZeroOneSeesTheRemovedRequiredField() {
        String v2 = Documents.resource("order-service-v1-asyncapi2.yaml");
        List<DocumentChange> changes = diff(Mode.FORWARD, v2, Documents.resource("order-service-v2.yaml"));
        assertThat(changes)
                .filteredOn(DocumentChange::breaking)
                .singleElement()
                .satisfies(c -> assertThat(c.sentence())
                        .contains("REQUIRED_PROPERTY_ADDED")
                        .contains("\"total\""));
    }

    @Test
    void aServerThatMovedBreaksClientsConfiguredForIt() {
        String withServer = V1.replace(
                "channels:\n", "servers:\n  local:\n    host: 127.0.0.1:19092\n    protocol: kafka\nchannels:\n");
        List<DocumentChange> changes = diff(Mode.FULL, withServer, withServer.replace("127.0.0.1:19092", "kafka:9092"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.SERVER_CHANGED);
            assertThat(c.breaking()).isTrue();
            assertThat(c.pointer()).isEqualTo("/servers/local/host");
            assertThat(c.sentence()).contains("from '127.0.0.1:19092' to 'kafka:9092'");
        });
    }

    @Test
    void aChangeInAnInlineTwoSixMessageIsPlacedAtThatMessage() {
        String inline = Documents.resource("order-service-v1-asyncapi2.yaml")
                .replace(
                        "      message:\n        $ref: '#/components/messages/OrderPlaced'\n",
                        "      message:\n        payload:\n          type: object\n          "
                                + "properties:\n            id:\n              type: string\n");
        List<DocumentChange> changes = diff(
                Mode.BACKWARD, inline, inline.replace("              type: string\n", "              type: integer\n"));
        assertThat(changes).filteredOn(DocumentChange::breaking).singleElement().satisfies(c -> {
            assertThat(c.pointer()).isEqualTo("/channels/orders/subscribe/message/payload/properties/id/type");
            assertThat(c.line()).isEqualTo(19);
        });
    }
}
