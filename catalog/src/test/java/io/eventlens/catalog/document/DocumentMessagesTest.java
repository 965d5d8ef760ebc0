package io.eventlens.catalog.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DocumentMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aV3DocumentListsEachMessageOnceWhereverItIsReferencedFrom() throws Exception {
        JsonNode document = JSON.readTree("""
                {"asyncapi": "3.0.0",
                 "components": {"messages": {"Placed": {"name": "OrderPlaced"}, "Unnamed": {}}},
                 "channels": {
                   "orders": {"messages": {"placed": {"$ref": "#/components/messages/Placed"},
                                           "cancelled": {"messageId": "OrderCancelled"}}},
                   "audit": {"messages": {"placed": {"$ref": "#/components/messages/Placed"}}}}}
                """);

        assertThat(DocumentMessages.of(document))
                .extracting(Located::pointer)
                .containsExactly(
                        "/components/messages/Placed",
                        "/components/messages/Unnamed",
                        "/channels/orders/messages/cancelled");
        assertThat(DocumentMessages.of(document).stream().map(DocumentMessages::name))
                .containsExactly("OrderPlaced", "Unnamed", "OrderCancelled");
    }

    @Test
    void aV2OperationMessageWrittenAsOneOfGivesEachAlternative() throws Exception {
        JsonNode document = JSON.readTree("""
                {"asyncapi": "2.6.0",
                 "components": {"messages": {"A": {"name": "a"}}},
                 "channels": {"user/events": {
                   "publish": {"message": {"oneOf": [{"$ref": "#/components/messages/A"}, {"name": "b"}]}},
                   "subscribe": {"message": {"$ref": "#/components/messages/A"}}}}}
                """);

        assertThat(DocumentMessages.of(document))
                .extracting(Located::pointer)
                .containsExactly("/components/messages/A", "/channels/user~1events/publish/message/oneOf/1");
    }

    @Test
    void aMessageThatRefersToNothingIsLeftOut() throws Exception {
        JsonNode document = JSON.readTree("""
                {"asyncapi": "3.0.0",
                 "channels": {"c": {"messages": {"m": {"$ref": "#/components/messages/Missing"}}}}}
                """);

        assertThat(DocumentMessages.of(document)).isEmpty();
    }
}
