package io.eventlens.reference.app;

/** The services of the reference system; any subset can run in one process. */
public enum Service {
    ORDER,
    SAGA,
    PAYMENT,
    INVENTORY,
    SHIPPING,
    EMAIL,
    WAREHOUSE,
    ANALYTICS
}
