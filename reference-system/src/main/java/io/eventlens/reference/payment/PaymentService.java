package io.eventlens.reference.payment;

import io.eventlens.reference.fault.Faults;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The payment provider's side: charges and refunds in a ledger ({@code payment_ledger}). At most one
 * charge and one refund per order, whatever is redelivered.
 */
public final class PaymentService {

    private final Faults faults;

    public PaymentService(Faults faults) {
        this.faults = faults;
    }

    /** Charges the order, or returns the decline reason; null means charged. */
    public String charge(Connection connection, String orderId, long amountCents, String paymentToken)
            throws SQLException {
        if (paymentToken.startsWith("tok_decline")) {
            return "card declined by the issuer (token " + paymentToken + ")";
        }
        if (Faults.roll(faults.paymentDeclineRate())) {
            return "card declined (injected fault: payment decline rate " + faults.paymentDeclineRate() + ")";
        }
        insert(connection, orderId, "CHARGE", amountCents);
        return null;
    }

    /** Refunds what was charged for the order; returns the refunded amount (0 when nothing was charged). */
    public long refund(Connection connection, String orderId) throws SQLException {
        long charged = amount(connection, orderId, "CHARGE");
        if (charged > 0) {
            insert(connection, orderId, "REFUND", charged);
        }
        return charged;
    }

    private static void insert(Connection connection, String orderId, String kind, long amountCents)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment_ledger "
                + "(order_id, kind, amount_cents, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, orderId);
            insert.setString(2, kind);
            insert.setLong(3, amountCents);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static long amount(Connection connection, String orderId, String kind) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT amount_cents FROM payment_ledger WHERE order_id = ? AND kind = ?")) {
            select.setString(1, orderId);
            select.setString(2, kind);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }
}
