package io.eventlens.reference.order;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.db.Database;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.EventTypes;
import io.eventlens.reference.event.Ids;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.http.InvalidRequestException;
import io.eventlens.reference.http.Problem;
import io.eventlens.reference.outbox.Outbox;
import io.eventlens.reference.tracing.Telemetry;
import io.eventlens.reference.tracing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Places orders. Asynchronous mode (the default) saves the order and its OrderPlaced event in one
 * transaction and returns; the saga does the rest. Synchronous mode ({@link SyncCheckout}) does every
 * side effect before it returns, the seed's "before" picture.
 */
public final class OrderService {

    public static final String SOURCE = "order-service";

    private final Database database;
    private final Outbox outbox;
    private final SyncCheckout syncCheckout;
    private final Clock clock;
    private final OrderStore store = new OrderStore();

    public OrderService(Database database, Outbox outbox, SyncCheckout syncCheckout, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.syncCheckout = syncCheckout;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the client's key, or null; a key seen before answers with its first order
     * @param requestHash fingerprint of the request, to refuse a key reused for a different order
     */
    public Placed place(OrderRequest request, String idempotencyKey, String requestHash, boolean sync) {
        String id = "ord-" + Ids.next();
        Instant now = clock.instant();
        Span.current().setAttribute(Telemetry.CORRELATION_ID, id);
        Optional<String> earlier;
        Scope scope = TraceHeaders.withCorrelation(Context.current(), id).makeCurrent();
        try {
            earlier = save(request, idempotencyKey, requestHash, sync, id, now);
        } finally {
            scope.close();
        }
        if (earlier.isPresent()) {
            return new Placed(find(earlier.get()).orElseThrow(), true);
        }
        if (sync) {
            syncCheckout.run(id, request);
            return new Placed(find(id).orElseThrow(), false);
        }
        // what was just committed, without reading it back: the request thread does only what the user waits for
        return new Placed(
                new OrderView(
                        id,
                        request.customer(),
                        request.lines(),
                        request.totalCents(),
                        "EUR",
                        "async",
                        "PENDING",
                        null,
                        now),
                false);
    }

    /** Saves the order and its event in one transaction; returns the earlier order's id for a repeated key. */
    private Optional<String> save(
            OrderRequest request, String idempotencyKey, String requestHash, boolean sync, String id, Instant now) {
        return database.inTransaction(connection -> {
            if (idempotencyKey != null && !store.claimKey(connection, idempotencyKey, requestHash, id)) {
                return Optional.of(replayOf(connection, idempotencyKey, requestHash));
            }
            store.insert(connection, id, request, sync ? "sync" : "async", now);
            if (!sync) {
                outbox.add(connection, Topics.ORDERS, orderPlaced(id, request, now));
            }
            return Optional.<String>empty();
        });
    }

    public Optional<OrderView> find(String id) {
        return database.inTransaction(connection -> store.find(connection, id));
    }

    /** Records the saga's outcome on the order (OrderCompleted or OrderCancelled). */
    public void finish(Connection connection, String id, String status, String reason) throws SQLException {
        store.finish(connection, id, status, reason, clock.instant());
    }

    private String replayOf(Connection connection, String key, String requestHash) throws SQLException {
        String[] owner = store.keyOwner(connection, key).orElseThrow();
        if (!owner[0].equals(requestHash)) {
            throw new InvalidRequestException(Problem.of(
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    422,
                    "Idempotency-Key \"" + key + "\" was first used for order " + owner[1]
                            + " with a different body; use a new key for a new order"));
        }
        return owner[1];
    }

    private static EventEnvelope orderPlaced(String id, OrderRequest request, Instant now) {
        ObjectNode data = EventCodec.object().put("order_id", id);
        data.putObject("customer")
                .put("id", request.customer().id())
                .put("email", request.customer().email())
                .put("name", request.customer().name());
        var lines = data.putArray("lines");
        for (OrderRequest.Line line : request.lines()) {
            lines.addObject()
                    .put("sku", line.sku())
                    .put("name", line.name())
                    .put("quantity", line.quantity())
                    .put("unit_price_cents", line.unitPriceCents());
        }
        data.put("total_cents", request.totalCents())
                .put("currency", "EUR")
                .put("payment_token", request.paymentToken());
        return EventEnvelope.create(EventTypes.ORDER_PLACED, SOURCE, id, null, data, now);
    }

    /** @param replayed true when an earlier request with the same Idempotency-Key made this order */
    public record Placed(OrderView order, boolean replayed) {}
}
