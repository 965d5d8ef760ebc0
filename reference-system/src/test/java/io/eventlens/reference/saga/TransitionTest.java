package io.eventlens.reference.saga;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransitionTest {

    @ParameterizedTest(name = "{0} + {1} -> {2} sending {3}")
    @CsvSource({
        "PAYMENT_PENDING, PaymentCharged, INVENTORY_PENDING, ReserveInventory",
        "PAYMENT_PENDING, PaymentFailed, CANCELLED, OrderCancelled",
        "INVENTORY_PENDING, InventoryReserved, SHIPMENT_PENDING, CreateShipment",
        "INVENTORY_PENDING, InventoryReservationFailed, REFUNDING_PAYMENT, RefundPayment",
        "SHIPMENT_PENDING, ShipmentCreated, COMPLETED, OrderCompleted",
        "SHIPMENT_PENDING, ShipmentFailed, RELEASING_INVENTORY, ReleaseInventory",
        "RELEASING_INVENTORY, InventoryReleased, REFUNDING_PAYMENT, RefundPayment",
        "REFUNDING_PAYMENT, PaymentRefunded, CANCELLED, OrderCancelled"
    })
    void each_reply_moves_the_saga_and_sends_the_next_message(
            SagaState from, String reply, SagaState to, String message) {
        assertThat(Transition.of(from, reply)).hasValueSatisfying(transition -> {
            assertThat(transition.next()).isEqualTo(to);
            assertThat(transition.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest(name = "{0} ignores {1}")
    @CsvSource({
        "INVENTORY_PENDING, PaymentCharged",
        "COMPLETED, ShipmentCreated",
        "CANCELLED, PaymentRefunded",
        "PAYMENT_PENDING, InventoryReserved"
    })
    void a_late_or_repeated_reply_changes_nothing(SagaState state, String reply) {
        assertThat(Transition.of(state, reply)).isEmpty();
    }
}
