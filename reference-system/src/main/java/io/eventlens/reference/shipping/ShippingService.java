package io.eventlens.reference.shipping;

import io.eventlens.reference.fault.Faults;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Shipments ({@code shipping_shipments}): one per order, carrying its units. */
public final class ShippingService {

    private final Faults faults;

    public ShippingService(Faults faults) {
        this.faults = faults;
    }

    /** Books the parcel; returns why the carrier refused it, or null when booked. */
    public String create(Connection connection, String orderId, long units, Instant now) throws SQLException {
        if (Faults.roll(faults.shipmentFailureRate())) {
            return "the carrier refused the parcel (injected fault: shipment failure rate "
                    + faults.shipmentFailureRate() + ")";
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shipping_shipments "
                + "(order_id, units, carrier, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, orderId);
            insert.setLong(2, units);
            insert.setString(3, "POSTAL");
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        }
        return null;
    }
}
