package io.eventlens.reference.order;

import io.eventlens.reference.db.Database;
import io.eventlens.reference.db.Processed;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.EventTypes;
import io.eventlens.reference.messaging.EventHandler;

/** Order service, consumer group {@code order-service}: the saga's final events set the order's status. */
public final class OrderOutcomeHandler implements EventHandler {

    public static final String GROUP = "order-service";

    private final Database database;
    private final OrderService orders;
    private final Processed processed = new Processed("order_processed");

    public OrderOutcomeHandler(Database database, OrderService orders) {
        this.database = database;
        this.orders = orders;
    }

    @Override
    public void handle(EventEnvelope event) {
        String status = EventTypes.ORDER_COMPLETED.equals(event.eventType())
                ? "COMPLETED"
                : EventTypes.ORDER_CANCELLED.equals(event.eventType()) ? "CANCELLED" : null;
        if (status == null) {
            return;
        }
        database.inTransaction(connection -> {
            if (processed.firstTime(connection, event.eventId())) {
                String reason = event.data().hasNonNull("reason")
                        ? event.data().get("reason").asText()
                        : null;
                orders.finish(connection, event.correlationId(), status, reason);
            }
            return null;
        });
    }
}
