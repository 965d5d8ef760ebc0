package io.eventlens.reference.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.EventTypes;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.messaging.EventHandler;
import io.eventlens.reference.outbox.Inbox;
import io.eventlens.reference.outbox.Inbox.Reply;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Payment service, consumer group {@code payment-service}: ChargePayment and RefundPayment commands
 * in, PaymentCharged, PaymentFailed and PaymentRefunded out.
 */
public final class PaymentCommandHandler implements EventHandler {

    public static final String GROUP = "payment-service";

    private final Inbox inbox;
    private final PaymentService payments;

    /** @param inbox over {@code payment_processed} and {@code payment_outbox} */
    public PaymentCommandHandler(Inbox inbox, PaymentService payments) {
        this.inbox = inbox;
        this.payments = payments;
    }

    @Override
    public void handle(EventEnvelope command) {
        if (EventTypes.CHARGE_PAYMENT.equals(command.eventType())) {
            inbox.once(command, connection -> charge(connection, command));
        } else if (EventTypes.REFUND_PAYMENT.equals(command.eventType())) {
            inbox.once(command, connection -> {
                String orderId = command.data().path("order_id").asText();
                ObjectNode data = EventCodec.object()
                        .put("order_id", orderId)
                        .put("amount_cents", payments.refund(connection, orderId));
                return new Reply(Topics.PAYMENTS, EventTypes.PAYMENT_REFUNDED, data);
            });
        }
    }

    private Reply charge(Connection connection, EventEnvelope command) throws SQLException {
        String orderId = command.data().path("order_id").asText();
        long amount = command.data().path("amount_cents").asLong();
        String declined = payments.charge(
                connection,
                orderId,
                amount,
                command.data().path("payment_token").asText());
        ObjectNode data = EventCodec.object()
                .put("order_id", orderId)
                .put("amount_cents", amount)
                .put("currency", command.data().path("currency").asText("EUR"));
        if (declined != null) {
            data.put("reason", declined);
        }
        return new Reply(
                Topics.PAYMENTS, declined == null ? EventTypes.PAYMENT_CHARGED : EventTypes.PAYMENT_FAILED, data);
    }
}
