package io.eventlens.web.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * The example of issue 10, built from the reference system's own documents: the order service as one self-contained
 * document, its OrderPlaced message as {@code common.yaml} declares it (payload: an {@code allOf} whose first member is
 * {@code $ref: '#/components/schemas/Envelope'}) and {@code common.yaml}'s schemas under its own
 * {@code components/schemas}, with the Envelope's {@code correlation_id} of the given type.
 */
final class IssueExample {

    private static final YAMLMapper YAML = new YAMLMapper();

    private IssueExample() {}

    static String orderService(String correlationIdType) throws IOException {
        JsonNode common = read("/asyncapi/common.yaml");
        JsonNode service = read("/asyncapi/order-service.yaml");
        ObjectNode document = YAML.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.set("info", service.get("info"));
        ObjectNode channel = document.putObject("channels").putObject("orders");
        channel.put("address", "orders");
        channel.putObject("messages").set("OrderPlaced", common.at("/components/messages/OrderPlaced"));
        ObjectNode send = document.putObject("operations").putObject("sendOrders");
        send.put("action", "send");
        send.putObject("channel").put("$ref", "#/channels/orders");
        send.putArray("messages").addObject().put("$ref", "#/channels/orders/messages/OrderPlaced");
        ObjectNode schemas = document.putObject("components").putObject("schemas");
        schemas.setAll((ObjectNode) common.at("/components/schemas").deepCopy());
        ((ObjectNode) schemas.at("/Envelope/properties/correlation_id")).put("type", correlationIdType);
        return YAML.writeValueAsString(document);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = IssueExample.class.getResourceAsStream(resource)) {
            return YAML.readTree(in);
        }
    }
}
