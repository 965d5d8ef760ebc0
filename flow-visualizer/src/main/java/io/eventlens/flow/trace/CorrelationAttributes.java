package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Where a span's correlation id is found: the first of these attribute names the span (then its
 * resource) carries.
 *
 * @param names attribute names in order of preference
 */
public record CorrelationAttributes(List<String> names) {

    /**
     * {@code correlation_id}; {@code correlation.id} (the baggage entry copied onto spans, as a
     * BaggageSpanProcessor does); {@code messaging.message.conversation_id} (semconv 1.17 and later,
     * "sometimes called Correlation ID") and its older name {@code messaging.conversation_id}; a
     * captured {@code correlation-id} record header.
     */
    public static final CorrelationAttributes DEFAULT = new CorrelationAttributes(List.of(
            "correlation_id",
            "correlation.id",
            "messaging.message.conversation_id",
            "messaging.conversation_id",
            "baggage.correlation.id",
            "messaging.header.correlation_id"));

    public CorrelationAttributes {
        names = List.copyOf(requireNonNull(names, "names"));
        if (names.isEmpty()) {
            throw new IllegalArgumentException("correlation attribute names: at least one name is needed");
        }
    }

    /** The span's correlation id, empty when none of the names is set. */
    public String find(Map<String, String> attributes, Map<String, String> resource) {
        String found = MessageAttributes.first(attributes, names);
        return found.isEmpty() ? MessageAttributes.first(resource, names) : found;
    }
}
