package io.eventlens.reference.event;

/** Event names (past tense, facts) and orchestrator command names (imperative). */
public final class EventTypes {

    public static final String ORDER_PLACED = "OrderPlaced";
    public static final String ORDER_COMPLETED = "OrderCompleted";
    public static final String ORDER_CANCELLED = "OrderCancelled";
    public static final String PAYMENT_CHARGED = "PaymentCharged";
    public static final String PAYMENT_FAILED = "PaymentFailed";
    public static final String PAYMENT_REFUNDED = "PaymentRefunded";
    public static final String INVENTORY_RESERVED = "InventoryReserved";
    public static final String INVENTORY_RESERVATION_FAILED = "InventoryReservationFailed";
    public static final String INVENTORY_RELEASED = "InventoryReleased";
    public static final String SHIPMENT_CREATED = "ShipmentCreated";
    public static final String SHIPMENT_FAILED = "ShipmentFailed";

    public static final String CHARGE_PAYMENT = "ChargePayment";
    public static final String REFUND_PAYMENT = "RefundPayment";
    public static final String RESERVE_INVENTORY = "ReserveInventory";
    public static final String RELEASE_INVENTORY = "ReleaseInventory";
    public static final String CREATE_SHIPMENT = "CreateShipment";

    private EventTypes() {}
}
