package io.eventlens.reference.order;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * An order as stored by the order service.
 *
 * @param status PENDING until the saga ends, then COMPLETED or CANCELLED
 * @param statusReason why it was cancelled, or null
 */
public record OrderView(
        String id,
        OrderRequest.Customer customer,
        List<OrderRequest.Line> lines,
        long totalCents,
        String currency,
        String mode,
        String status,
        String statusReason,
        Instant createdAt) {

    public OrderView {
        requireNonNull(id, "id");
        lines = List.copyOf(lines);
    }
}
