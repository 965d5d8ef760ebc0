package io.eventlens.reference.order;

import io.eventlens.reference.db.Database;
import io.eventlens.reference.email.EmailSender;
import io.eventlens.reference.inventory.InventoryService;
import io.eventlens.reference.payment.PaymentService;
import io.eventlens.reference.react.WarehouseHandler;
import io.eventlens.reference.shipping.ShippingService;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * The synchronous baseline ({@code ?mode=sync}): the request thread charges, reserves, ships, emails
 * and tells the warehouse itself, so the customer waits for the slowest of them. No events: this is
 * the picture before the event-driven design.
 */
public final class SyncCheckout {

    private final Database database;
    private final PaymentService payments;
    private final InventoryService inventory;
    private final ShippingService shipping;
    private final EmailSender email;
    private final WarehouseHandler warehouse;
    private final Clock clock;
    private final OrderStore store = new OrderStore();

    public SyncCheckout(
            Database database,
            PaymentService payments,
            InventoryService inventory,
            ShippingService shipping,
            EmailSender email,
            WarehouseHandler warehouse,
            Clock clock) {
        this.database = database;
        this.payments = payments;
        this.inventory = inventory;
        this.shipping = shipping;
        this.email = email;
        this.warehouse = warehouse;
        this.clock = clock;
    }

    void run(String orderId, OrderRequest order) {
        String failure = database.inTransaction(connection -> {
            String declined = payments.charge(connection, orderId, order.totalCents(), order.paymentToken());
            if (declined != null) {
                return declined;
            }
            String outOfStock = inventory.reserve(connection, orderId, quantities(order));
            if (outOfStock != null) {
                payments.refund(connection, orderId);
                return outOfStock;
            }
            long units = order.lines().stream()
                    .mapToLong(OrderRequest.Line::quantity)
                    .sum();
            String refused = shipping.create(connection, orderId, units, clock.instant());
            if (refused != null) {
                inventory.release(connection, orderId);
                payments.refund(connection, orderId);
            }
            return refused;
        });
        if (failure == null) {
            email.send(orderId, order.customer().email(), "order-confirmation");
            tellWarehouse(orderId, order);
        }
        database.inTransaction(connection -> {
            store.finish(connection, orderId, failure == null ? "COMPLETED" : "CANCELLED", failure, clock.instant());
            return null;
        });
    }

    /** A warehouse that is down costs the customer nothing but the wait: the pick list is made later by hand. */
    private void tellWarehouse(String orderId, OrderRequest order) {
        long units =
                order.lines().stream().mapToLong(OrderRequest.Line::quantity).sum();
        try {
            database.inTransaction(connection -> {
                warehouse.pick(connection, orderId, units);
                return null;
            });
        } catch (WarehouseHandler.WarehouseUnavailableException e) {
            // the synchronous design has nowhere to park the work: it is lost, which is the point of the baseline
        }
    }

    private static Map<String, Integer> quantities(OrderRequest order) {
        Map<String, Integer> quantities = new TreeMap<>();
        order.lines().forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        return quantities;
    }
}
