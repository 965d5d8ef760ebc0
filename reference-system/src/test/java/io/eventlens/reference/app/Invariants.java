package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariants over one test system's tables, once every order has ended. */
final class Invariants {

    private final TestSystem world;

    Invariants(TestSystem world) {
        this.world = world;
    }

    long pending() {
        return world.number("SELECT COUNT(*) FROM order_orders WHERE status = 'PENDING'");
    }

    /** Charges minus refunds equal the total of completed orders. */
    void moneyAddsUp() {
        long charged = world.number("SELECT COALESCE(SUM(amount_cents), 0) FROM payment_ledger WHERE kind = 'CHARGE'");
        long refunded = world.number("SELECT COALESCE(SUM(amount_cents), 0) FROM payment_ledger WHERE kind = 'REFUND'");
        long completed =
                world.number("SELECT COALESCE(SUM(total_cents), 0) FROM order_orders WHERE status = 'COMPLETED'");
        assertThat(charged - refunded)
                .as("charges - refunds vs completed totals")
                .isEqualTo(completed);
    }

    /** Reserved minus released stock equals shipped stock. */
    void stockAddsUp() {
        long reserved =
                world.number("SELECT COALESCE(SUM(quantity), 0) FROM inventory_movements WHERE kind = 'RESERVE'");
        long released =
                world.number("SELECT COALESCE(SUM(quantity), 0) FROM inventory_movements WHERE kind = 'RELEASE'");
        long shipped = world.number("SELECT COALESCE(SUM(units), 0) FROM shipping_shipments");
        assertThat(reserved - released).as("reserved - released vs shipped").isEqualTo(shipped);
    }

    /** Every order's saga ended in the order's own status. */
    void sagasAgree(long orders) {
        assertThat(world.number("SELECT COUNT(*) FROM order_orders o JOIN saga_state s ON s.order_id = o.id "
                        + "WHERE o.status = s.state"))
                .isEqualTo(orders);
    }

    long completed() {
        return world.number("SELECT COUNT(*) FROM order_orders WHERE status = 'COMPLETED'");
    }

    long emails() {
        return world.number("SELECT COUNT(*) FROM email_sent e JOIN order_orders o ON o.id = e.order_id "
                + "WHERE o.status = 'COMPLETED'");
    }
}
