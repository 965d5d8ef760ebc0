package io.eventlens.reference.event;

import java.util.List;

/** The Kafka topics and Redis streams of the reference system; every record is keyed by order id. */
public final class Topics {

    /** OrderPlaced, OrderCompleted, OrderCancelled. */
    public static final String ORDERS = "orders";
    /** PaymentCharged, PaymentFailed, PaymentRefunded. */
    public static final String PAYMENTS = "payments";
    /** InventoryReserved, InventoryReservationFailed, InventoryReleased. */
    public static final String INVENTORY = "inventory";
    /** ShipmentCreated, ShipmentFailed. */
    public static final String SHIPMENTS = "shipments";
    /** ChargePayment, RefundPayment. */
    public static final String PAYMENT_COMMANDS = "payment-commands";
    /** ReserveInventory, ReleaseInventory. */
    public static final String INVENTORY_COMMANDS = "inventory-commands";
    /** CreateShipment. */
    public static final String SHIPPING_COMMANDS = "shipping-commands";
    /** Redis stream of email jobs, and its dead-letter stream. */
    public static final String EMAIL_STREAM = "email-jobs";

    public static final String EMAIL_DLQ_STREAM = "email-jobs-dlq";

    public static final List<String> ALL =
            List.of(ORDERS, PAYMENTS, INVENTORY, SHIPMENTS, PAYMENT_COMMANDS, INVENTORY_COMMANDS, SHIPPING_COMMANDS);

    private Topics() {}
}
