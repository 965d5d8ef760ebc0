package io.eventlens.reference.react;

import io.eventlens.reference.db.Database;
import io.eventlens.reference.db.Processed;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.EventTypes;
import io.eventlens.reference.fault.Faults;
import io.eventlens.reference.messaging.EventHandler;
import io.eventlens.reference.shipping.ShippingCommandHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Warehouse, consumer group {@code warehouse-service} (choreography): a pick list per completed order.
 * While the warehouse is down its events go through the retry topics, then to its dead-letter topic.
 */
public final class WarehouseHandler implements EventHandler {

    public static final String GROUP = "warehouse-service";

    private final Database database;
    private final Faults faults;
    private final Clock clock;
    private final Processed processed = new Processed("warehouse_processed");

    public WarehouseHandler(Database database, Faults faults, Clock clock) {
        this.database = database;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!EventTypes.ORDER_COMPLETED.equals(event.eventType())) {
            return;
        }
        database.inTransaction(connection -> {
            if (processed.firstTime(connection, event.eventId())) {
                pick(
                        connection,
                        event.correlationId(),
                        ShippingCommandHandler.units(event.data().path("lines")));
            }
            return null;
        });
    }

    /** Creates the pick list; fails while the warehouse is down (a fault the retries are there for). */
    public void pick(Connection connection, String orderId, long units) throws SQLException {
        if (faults.warehouseDown()) {
            throw new WarehouseUnavailableException(
                    "the warehouse system is down (injected fault): no pick list for order " + orderId);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO warehouse_picks "
                + "(order_id, units, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, orderId);
            insert.setLong(2, units);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }

    /** The warehouse did not answer. */
    public static final class WarehouseUnavailableException extends RuntimeException {
        WarehouseUnavailableException(String message) {
            super(message);
        }
    }
}
