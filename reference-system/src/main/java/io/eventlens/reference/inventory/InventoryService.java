package io.eventlens.reference.inventory;

import io.eventlens.reference.fault.Faults;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stock levels ({@code inventory_stock}) and a ledger of what each order reserved and released
 * ({@code inventory_movements}). A reservation takes all lines or none.
 */
public final class InventoryService {

    private final Faults faults;

    public InventoryService(Faults faults) {
        this.faults = faults;
    }

    /**
     * Reserves {@code quantities} (sku to units) for the order; returns why it cannot, or null when
     * reserved.
     */
    public String reserve(Connection connection, String orderId, Map<String, Integer> quantities) throws SQLException {
        if (Faults.roll(faults.outOfStockRate())) {
            return "out of stock (injected fault: out-of-stock rate " + faults.outOfStockRate() + ")";
        }
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            if (onHand(connection, line.getKey()) < line.getValue()) {
                return "out of stock: " + line.getKey() + " has fewer than " + line.getValue() + " units";
            }
        }
        for (Map.Entry<String, Integer> line : quantities.entrySet()) {
            if (record(connection, orderId, line.getKey(), "RESERVE", line.getValue())) {
                adjust(connection, line.getKey(), -line.getValue());
            }
        }
        return null;
    }

    /** Puts back what the order reserved and did not release yet; returns the units released. */
    public int release(Connection connection, String orderId) throws SQLException {
        int released = 0;
        for (Map.Entry<String, Integer> line : reserved(connection, orderId).entrySet()) {
            if (record(connection, orderId, line.getKey(), "RELEASE", line.getValue())) {
                adjust(connection, line.getKey(), line.getValue());
                released += line.getValue();
            }
        }
        return released;
    }

    private static long onHand(Connection connection, String sku) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT on_hand FROM inventory_stock WHERE sku = ? FOR UPDATE")) {
            select.setString(1, sku);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    private static Map<String, Integer> reserved(Connection connection, String orderId) throws SQLException {
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT sku, quantity FROM inventory_movements "
                + "WHERE order_id = ? AND kind = 'RESERVE' ORDER BY sku")) {
            select.setString(1, orderId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    lines.put(result.getString(1), result.getInt(2));
                }
            }
        }
        return lines;
    }

    private static boolean record(Connection connection, String orderId, String sku, String kind, int quantity)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inventory_movements "
                + "(order_id, sku, kind, quantity) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, orderId);
            insert.setString(2, sku);
            insert.setString(3, kind);
            insert.setInt(4, quantity);
            return insert.executeUpdate() == 1;
        }
    }

    private static void adjust(Connection connection, String sku, int delta) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE inventory_stock SET on_hand = on_hand + ? WHERE sku = ?")) {
            update.setInt(1, delta);
            update.setString(2, sku);
            update.executeUpdate();
        }
    }
}
