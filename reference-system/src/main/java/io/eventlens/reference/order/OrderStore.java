package io.eventlens.reference.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The order service's tables: {@code order_orders}, {@code order_lines}, {@code order_idempotency}. */
final class OrderStore {

    /** Claims an idempotency key for a new order; false when the key is already taken. */
    boolean claimKey(Connection connection, String key, String requestHash, String orderId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_idempotency "
                + "(idempotency_key, request_hash, order_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, key);
            insert.setString(2, requestHash);
            insert.setString(3, orderId);
            return insert.executeUpdate() == 1;
        }
    }

    /** The request hash and order id an idempotency key was first used with. */
    Optional<String[]> keyOwner(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT request_hash, order_id FROM order_idempotency WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet result = select.executeQuery()) {
                return result.next()
                        ? Optional.of(new String[] {result.getString(1), result.getString(2)})
                        : Optional.empty();
            }
        }
    }

    void insert(Connection connection, String id, OrderRequest order, String mode, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_orders (id, customer_id, "
                + "customer_email, total_cents, currency, payment_token, mode, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 'EUR', ?, ?, 'PENDING', ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, order.customer().id());
            insert.setString(3, order.customer().email());
            insert.setLong(4, order.totalCents());
            insert.setString(5, order.paymentToken());
            insert.setString(6, mode);
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setTimestamp(8, Timestamp.from(now));
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_lines "
                + "(order_id, line_no, sku, quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < order.lines().size(); i++) {
                OrderRequest.Line line = order.lines().get(i);
                insert.setString(1, id);
                insert.setInt(2, i);
                insert.setString(3, line.sku());
                insert.setInt(4, line.quantity());
                insert.setLong(5, line.unitPriceCents());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Moves a PENDING order to its final status; a final status never changes again. */
    void finish(Connection connection, String id, String status, String reason, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE order_orders SET status = ?, "
                + "status_reason = ?, updated_at = ? WHERE id = ? AND status = 'PENDING'")) {
            update.setString(1, status);
            update.setString(2, reason);
            update.setTimestamp(3, Timestamp.from(now));
            update.setString(4, id);
            update.executeUpdate();
        }
    }

    Optional<OrderView> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT customer_id, customer_email, total_cents, "
                + "currency, mode, status, status_reason, created_at FROM order_orders WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OrderView(
                        id,
                        new OrderRequest.Customer(row.getString(1), row.getString(2), ""),
                        lines(connection, id),
                        row.getLong(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getTimestamp(8).toInstant()));
            }
        }
    }

    private static List<OrderRequest.Line> lines(Connection connection, String id) throws SQLException {
        List<OrderRequest.Line> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sku, quantity, unit_price_cents FROM order_lines WHERE order_id = ? ORDER BY line_no")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    lines.add(new OrderRequest.Line(row.getString(1), row.getString(1), row.getInt(2), row.getLong(3)));
                }
            }
        }
        return lines;
    }
}
