package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

/**
 * What a trace search looks for. {@link #parse} is the one place the page and REST check a search,
 * so both answer a bad one with the same message.
 */
public sealed interface TraceQuery {

    /** Longest correlation id, key or attribute value a search accepts. */
    int MAX_LENGTH = 1024;

    /** The spans of one business action. */
    record ByCorrelation(String correlationId) implements TraceQuery {
        public ByCorrelation {
            requireNonNull(correlationId, "correlationId");
        }
    }

    /** One trace, by its 32 hex digits. */
    record ByTraceId(String traceId) implements TraceQuery {
        public ByTraceId {
            requireNonNull(traceId, "traceId");
        }
    }

    /** Spans of a message with this record key ({@code messaging.kafka.message.key}). */
    record ByKey(String key) implements TraceQuery {
        public ByKey {
            requireNonNull(key, "key");
        }
    }

    /** Spans with an attribute of exactly this value. */
    record ByAttribute(String name, String value) implements TraceQuery {
        public ByAttribute {
            requireNonNull(name, "name");
            requireNonNull(value, "value");
        }
    }

    /**
     * Checks one search parameter and makes the query.
     *
     * @param parameter {@code correlation}, {@code traceId}, {@code key} or {@code attr} ({@code KEY:VALUE})
     * @throws InvalidTraceQueryException naming the parameter, the value and what is allowed
     */
    static TraceQuery parse(String parameter, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidTraceQueryException(parameter + " is empty; give a value to search for");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidTraceQueryException(
                    parameter + " has " + text.length() + " characters; at most " + MAX_LENGTH + " are allowed");
        }
        switch (parameter) {
            case "correlation":
                return new ByCorrelation(text);
            case "traceId":
            case "trace":
                return byTraceId(parameter, text);
            case "key":
                return new ByKey(text);
            case "attr":
                int colon = text.indexOf(':');
                if (colon <= 0) {
                    throw new InvalidTraceQueryException(parameter + "='" + Ids.abbreviate(text)
                            + "' has no attribute name before a colon; write KEY:VALUE, e.g. order.id:o-42");
                }
                return new ByAttribute(text.substring(0, colon), text.substring(colon + 1));
            default:
                throw new InvalidTraceQueryException(
                        "unknown search '" + Ids.abbreviate(parameter) + "'; allowed: correlation, traceId, key, attr");
        }
    }

    private static TraceQuery byTraceId(String parameter, String text) {
        try {
            return new ByTraceId(Ids.fromText(text, Ids.TRACE_ID_BYTES, parameter, false, false));
        } catch (SpanRejectedException e) {
            throw new InvalidTraceQueryException(e.getMessage());
        }
    }
}
