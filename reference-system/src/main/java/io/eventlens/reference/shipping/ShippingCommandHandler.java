package io.eventlens.reference.shipping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.EventTypes;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.messaging.EventHandler;
import io.eventlens.reference.outbox.Inbox;
import io.eventlens.reference.outbox.Inbox.Reply;
import java.time.Clock;

/**
 * Shipping service, consumer group {@code shipping-service}: CreateShipment in; ShipmentCreated or
 * ShipmentFailed (the carrier refused) out.
 */
public final class ShippingCommandHandler implements EventHandler {

    public static final String GROUP = "shipping-service";

    private final Inbox inbox;
    private final ShippingService shipping;
    private final Clock clock;

    /** @param inbox over {@code shipping_processed} and {@code shipping_outbox} */
    public ShippingCommandHandler(Inbox inbox, ShippingService shipping, Clock clock) {
        this.inbox = inbox;
        this.shipping = shipping;
        this.clock = clock;
    }

    @Override
    public void handle(EventEnvelope command) {
        if (!EventTypes.CREATE_SHIPMENT.equals(command.eventType())) {
            return;
        }
        inbox.once(command, connection -> {
            String orderId = command.data().path("order_id").asText();
            long units = units(command.data().path("lines"));
            String refused = shipping.create(connection, orderId, units, clock.instant());
            ObjectNode data = EventCodec.object().put("order_id", orderId);
            if (refused == null) {
                data.put("units", units).put("carrier", "POSTAL");
            } else {
                data.put("reason", refused);
            }
            return new Reply(
                    Topics.SHIPMENTS, refused == null ? EventTypes.SHIPMENT_CREATED : EventTypes.SHIPMENT_FAILED, data);
        });
    }

    public static long units(JsonNode lines) {
        long units = 0;
        for (JsonNode line : lines) {
            units += line.path("quantity").asLong();
        }
        return units;
    }
}
