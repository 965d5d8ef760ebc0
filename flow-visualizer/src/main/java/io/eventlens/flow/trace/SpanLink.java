package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A link from a span to another span, usually in another trace (a batch consumer to its producers). */
public record SpanLink(String traceId, String spanId, Map<String, String> attributes) {

    public SpanLink {
        requireNonNull(traceId, "traceId");
        requireNonNull(spanId, "spanId");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
