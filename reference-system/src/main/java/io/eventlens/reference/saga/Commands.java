package io.eventlens.reference.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventTypes;

/** Self-contained payloads of the orchestrator's commands and final events, cut from OrderPlaced. */
final class Commands {

    private Commands() {}

    static ObjectNode payload(String type, JsonNode order) {
        ObjectNode data =
                EventCodec.object().put("order_id", order.path("order_id").asText());
        switch (type) {
            case EventTypes.CHARGE_PAYMENT ->
                data.put("amount_cents", order.path("total_cents").asLong())
                        .put("currency", order.path("currency").asText())
                        .put("payment_token", order.path("payment_token").asText());
            case EventTypes.REFUND_PAYMENT ->
                data.put("amount_cents", order.path("total_cents").asLong())
                        .put("currency", order.path("currency").asText());
            case EventTypes.RESERVE_INVENTORY -> data.set("lines", skuLines(order));
            case EventTypes.RELEASE_INVENTORY -> data.set("lines", skuLines(order));
            case EventTypes.CREATE_SHIPMENT -> {
                data.set("lines", skuLines(order));
                data.set("customer", order.path("customer"));
            }
            case EventTypes.ORDER_COMPLETED -> {
                data.set("customer", order.path("customer"));
                data.put("total_cents", order.path("total_cents").asLong());
                data.put("currency", order.path("currency").asText());
                data.set("lines", order.path("lines"));
            }
            case EventTypes.ORDER_CANCELLED -> data.set("customer", order.path("customer"));
            default -> throw new IllegalArgumentException("the orchestrator does not send " + type);
        }
        return data;
    }

    private static JsonNode skuLines(JsonNode order) {
        var lines = EventCodec.JSON.createArrayNode();
        for (JsonNode line : order.path("lines")) {
            lines.addObject()
                    .put("sku", line.path("sku").asText())
                    .put("quantity", line.path("quantity").asInt());
        }
        return lines;
    }
}
