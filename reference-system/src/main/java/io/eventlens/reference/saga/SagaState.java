package io.eventlens.reference.saga;

/** Where an order's saga stands. COMPLETED and CANCELLED are final. */
public enum SagaState {
    PAYMENT_PENDING,
    INVENTORY_PENDING,
    SHIPMENT_PENDING,
    RELEASING_INVENTORY,
    REFUNDING_PAYMENT,
    COMPLETED,
    CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
