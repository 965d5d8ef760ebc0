package io.eventlens.reference.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The idempotent-consumer check: records an event id in a service's {@code *_processed} table inside
 * the transaction of the effect, so a redelivered event is seen and its effect skipped.
 */
public final class Processed {

    private final String sql;

    /** @param table the service's own table of processed event ids, e.g. {@code payment_processed} */
    public Processed(String table) {
        this.sql = "INSERT INTO " + table + " (event_id) VALUES (?) ON CONFLICT DO NOTHING";
    }

    /** True the first time {@code eventId} is seen in this transaction's view; false for a redelivery. */
    public boolean firstTime(Connection connection, String eventId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, eventId);
            return insert.executeUpdate() == 1;
        }
    }
}
