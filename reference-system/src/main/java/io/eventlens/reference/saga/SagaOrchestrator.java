package io.eventlens.reference.saga;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The saga orchestrator, consumer group {@code saga-orchestrator}: starts a saga on OrderPlaced, sends
 * ChargePayment, ReserveInventory, CreateShipment in turn, compensates with ReleaseInventory and
 * RefundPayment when a step fails, and ends with OrderCompleted or OrderCancelled. Its state, the
 * reply's id and the next command commit together.
 */
public final class SagaOrchestrator implements EventHandler {

    public static final String GROUP = "saga-orchestrator";
    public static final List<String> TOPICS =
            List.of(Topics.ORDERS, Topics.PAYMENTS, Topics.INVENTORY, Topics.SHIPMENTS);

    private final Inbox inbox;
    private final SagaStore store;
    private final Clock clock;

    /** @param inbox over {@code saga_processed} and {@code saga_outbox} */
    public SagaOrchestrator(Inbox inbox, SagaStore store, Clock clock) {
        this.inbox = inbox;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (EventTypes.ORDER_PLACED.equals(event.eventType())) {
            inbox.once(event, connection -> start(connection, event));
        } else if (!event.eventType().startsWith("Order")) {
            inbox.once(event, connection -> reply(connection, event));
        }
    }

    private Reply start(Connection connection, EventEnvelope placed) throws SQLException {
        if (!store.start(connection, placed.correlationId(), EventCodec.text(placed.data()), clock.instant())) {
            return null;
        }
        return new Reply(
                Topics.PAYMENT_COMMANDS,
                EventTypes.CHARGE_PAYMENT,
                Commands.payload(EventTypes.CHARGE_PAYMENT, placed.data()));
    }

    private Reply reply(Connection connection, EventEnvelope reply) throws SQLException {
        Optional<SagaView> saga = store.find(connection, reply.correlationId(), true);
        Optional<Transition> transition = saga.flatMap(found -> Transition.of(found.state(), reply.eventType()));
        if (transition.isEmpty()) {
            return null; // no saga for this order here, or a late or repeated reply
        }
        String reason =
                reply.data().hasNonNull("reason") ? reply.data().get("reason").asText() : null;
        store.advance(connection, saga.get(), transition.get().next(), reply.eventType(), reason, clock.instant());
        JsonNode order = EventCodec.tree(store.orderPlaced(connection, reply.correlationId()));
        ObjectNode data = Commands.payload(transition.get().message(), order);
        if (EventTypes.ORDER_CANCELLED.equals(transition.get().message())) {
            String why = reason != null ? reason : saga.get().failureReason();
            data.put("reason", why == null ? "cancelled" : why);
        }
        return new Reply(transition.get().topic(), transition.get().message(), data);
    }
}
