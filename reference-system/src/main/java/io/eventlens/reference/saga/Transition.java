package io.eventlens.reference.saga;

import static io.eventlens.reference.event.EventTypes.*;

import io.eventlens.reference.event.Topics;
import java.util.Optional;

/**
 * The orchestration as a table: in state S, reply R moves the saga to state N and sends command C
 * (or, at the end, the final order event). Anything else is a late or repeated reply and is ignored.
 *
 * @param next the state after the reply
 * @param message the command or final event to send
 * @param topic where it goes
 */
record Transition(SagaState next, String message, String topic) {

    static Optional<Transition> of(SagaState state, String reply) {
        Transition transition = switch (state) {
            case PAYMENT_PENDING ->
                PAYMENT_CHARGED.equals(reply)
                        ? new Transition(SagaState.INVENTORY_PENDING, RESERVE_INVENTORY, Topics.INVENTORY_COMMANDS)
                        : PAYMENT_FAILED.equals(reply)
                                ? new Transition(SagaState.CANCELLED, ORDER_CANCELLED, Topics.ORDERS)
                                : null;
            case INVENTORY_PENDING ->
                INVENTORY_RESERVED.equals(reply)
                        ? new Transition(SagaState.SHIPMENT_PENDING, CREATE_SHIPMENT, Topics.SHIPPING_COMMANDS)
                        : INVENTORY_RESERVATION_FAILED.equals(reply)
                                ? new Transition(SagaState.REFUNDING_PAYMENT, REFUND_PAYMENT, Topics.PAYMENT_COMMANDS)
                                : null;
            case SHIPMENT_PENDING ->
                SHIPMENT_CREATED.equals(reply)
                        ? new Transition(SagaState.COMPLETED, ORDER_COMPLETED, Topics.ORDERS)
                        : SHIPMENT_FAILED.equals(reply)
                                ? new Transition(
                                        SagaState.RELEASING_INVENTORY, RELEASE_INVENTORY, Topics.INVENTORY_COMMANDS)
                                : null;
            case RELEASING_INVENTORY ->
                INVENTORY_RELEASED.equals(reply)
                        ? new Transition(SagaState.REFUNDING_PAYMENT, REFUND_PAYMENT, Topics.PAYMENT_COMMANDS)
                        : null;
            case REFUNDING_PAYMENT ->
                PAYMENT_REFUNDED.equals(reply)
                        ? new Transition(SagaState.CANCELLED, ORDER_CANCELLED, Topics.ORDERS)
                        : null;
            case COMPLETED, CANCELLED -> null;
        };
        return Optional.ofNullable(transition);
    }
}
