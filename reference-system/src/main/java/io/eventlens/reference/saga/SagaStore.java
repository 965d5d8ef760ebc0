package io.eventlens.reference.saga;

import io.eventlens.reference.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The orchestrator's table {@code saga_state}: one row per order, read by the order API. */
public final class SagaStore {

    private final Database database;

    public SagaStore(Database database) {
        this.database = database;
    }

    public Optional<SagaView> find(String orderId) {
        return database.inTransaction(connection -> find(connection, orderId, false));
    }

    boolean start(Connection connection, String orderId, String orderPlaced, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO saga_state (order_id, state, "
                + "order_placed, steps, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, orderId);
            insert.setString(2, SagaState.PAYMENT_PENDING.name());
            insert.setString(3, orderPlaced);
            insert.setString(4, "OrderPlaced");
            insert.setTimestamp(5, Timestamp.from(now));
            return insert.executeUpdate() == 1;
        }
    }

    Optional<SagaView> find(Connection connection, String orderId, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT state, steps, failure_reason, updated_at "
                + "FROM saga_state WHERE order_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, orderId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                List<String> steps = Arrays.asList(result.getString(2).split(","));
                return Optional.of(new SagaView(
                        orderId,
                        SagaState.valueOf(result.getString(1)),
                        steps,
                        result.getString(3),
                        result.getTimestamp(4).toInstant()));
            }
        }
    }

    String orderPlaced(Connection connection, String orderId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT order_placed FROM saga_state WHERE order_id = ?")) {
            select.setString(1, orderId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    void advance(Connection connection, SagaView saga, SagaState next, String step, String reason, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE saga_state SET state = ?, steps = ?, "
                + "failure_reason = COALESCE(?, failure_reason), updated_at = ? WHERE order_id = ?")) {
            update.setString(1, next.name());
            update.setString(2, String.join(",", saga.steps()) + "," + step);
            update.setString(3, reason);
            update.setTimestamp(4, Timestamp.from(now));
            update.setString(5, saga.orderId());
            update.executeUpdate();
        }
    }
}
