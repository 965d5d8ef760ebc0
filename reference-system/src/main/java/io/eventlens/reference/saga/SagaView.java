package io.eventlens.reference.saga;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * An order's saga as the API shows it.
 *
 * @param steps the replies received so far, in order, e.g. {@code PaymentCharged}
 * @param failureReason why it is compensating or cancelled, or null
 */
public record SagaView(String orderId, SagaState state, List<String> steps, String failureReason, Instant updatedAt) {

    public SagaView {
        requireNonNull(orderId, "orderId");
        requireNonNull(state, "state");
        steps = List.copyOf(steps);
    }
}
