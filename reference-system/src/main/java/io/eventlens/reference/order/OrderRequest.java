package io.eventlens.reference.order;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A validated order as posted: who buys, what, and how they pay.
 *
 * @param paymentToken the payment provider's token for the customer's card (never the card itself)
 */
public record OrderRequest(Customer customer, List<Line> lines, String paymentToken) {

    public OrderRequest {
        requireNonNull(customer, "customer");
        lines = List.copyOf(lines);
        requireNonNull(paymentToken, "paymentToken");
    }

    /** @param name may be empty */
    public record Customer(String id, String email, String name) {}

    /** @param unitPriceCents the catalogue price at the time of the order */
    public record Line(String sku, String name, int quantity, long unitPriceCents) {}

    public long totalCents() {
        return lines.stream()
                .mapToLong(line -> line.unitPriceCents() * line.quantity())
                .sum();
    }
}
