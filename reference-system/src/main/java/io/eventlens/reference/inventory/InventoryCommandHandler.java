package io.eventlens.reference.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.EventTypes;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.messaging.EventHandler;
import io.eventlens.reference.outbox.Inbox;
import io.eventlens.reference.outbox.Inbox.Reply;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inventory service, consumer group {@code inventory-service}: ReserveInventory and ReleaseInventory
 * in; InventoryReserved, InventoryReservationFailed and InventoryReleased out.
 */
public final class InventoryCommandHandler implements EventHandler {

    public static final String GROUP = "inventory-service";

    private final Inbox inbox;
    private final InventoryService inventory;

    /** @param inbox over {@code inventory_processed} and {@code inventory_outbox} */
    public InventoryCommandHandler(Inbox inbox, InventoryService inventory) {
        this.inbox = inbox;
        this.inventory = inventory;
    }

    @Override
    public void handle(EventEnvelope command) {
        String orderId = command.data().path("order_id").asText();
        if (EventTypes.RESERVE_INVENTORY.equals(command.eventType())) {
            inbox.once(command, connection -> {
                JsonNode lines = command.data().path("lines");
                String failure = inventory.reserve(connection, orderId, quantities(lines));
                ObjectNode data = EventCodec.object().put("order_id", orderId);
                data.set("lines", lines);
                if (failure != null) {
                    data.put("reason", failure);
                }
                return new Reply(
                        Topics.INVENTORY,
                        failure == null ? EventTypes.INVENTORY_RESERVED : EventTypes.INVENTORY_RESERVATION_FAILED,
                        data);
            });
        } else if (EventTypes.RELEASE_INVENTORY.equals(command.eventType())) {
            inbox.once(
                    command,
                    connection -> new Reply(
                            Topics.INVENTORY,
                            EventTypes.INVENTORY_RELEASED,
                            EventCodec.object()
                                    .put("order_id", orderId)
                                    .put("units", inventory.release(connection, orderId))));
        }
    }

    /** Units per sku; an order may name a sku on several lines. */
    static Map<String, Integer> quantities(JsonNode lines) {
        Map<String, Integer> quantities = new TreeMap<>();
        for (JsonNode line : lines) {
            quantities.merge(line.path("sku").asText(), line.path("quantity").asInt(), Integer::sum);
        }
        return quantities;
    }
}
