package io.eventlens.reference.email;

import io.eventlens.reference.db.Database;
import io.eventlens.reference.fault.Faults;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * Sends an order's email through a (simulated) slow mail server, then records it in
 * {@code email_sent}: one email per order and kind, however often the job is delivered.
 */
public final class EmailSender {

    private final Database database;
    private final Faults faults;
    private final Clock clock;

    public EmailSender(Database database, Faults faults, Clock clock) {
        this.database = database;
        this.faults = faults;
        this.clock = clock;
    }

    /** Sends unless already sent; returns true when this call sent it. */
    public boolean send(String orderId, String recipient, String kind) {
        if (database.inTransaction(connection -> alreadySent(connection, orderId, kind))) {
            return false;
        }
        talkToMailServer();
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO email_sent "
                    + "(order_id, kind, recipient, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, orderId);
                insert.setString(2, kind);
                insert.setString(3, recipient);
                insert.setTimestamp(4, Timestamp.from(clock.instant()));
                return insert.executeUpdate() == 1;
            }
        });
    }

    private static boolean alreadySent(Connection connection, String orderId, String kind) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM email_sent WHERE order_id = ? AND kind = ?")) {
            select.setString(1, orderId);
            select.setString(2, kind);
            try (var result = select.executeQuery()) {
                return result.next();
            }
        }
    }

    /** The mail server's round trip: the configured email delay (3 s by default). */
    private void talkToMailServer() {
        try {
            Thread.sleep(faults.emailDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending an email", e);
        }
    }
}
