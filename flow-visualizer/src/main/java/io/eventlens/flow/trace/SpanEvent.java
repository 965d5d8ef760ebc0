package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event on a span (an exception is one, named {@code exception}), at nanoseconds since the epoch. */
public record SpanEvent(long epochNanos, String name, Map<String, String> attributes) {

    public SpanEvent {
        requireNonNull(name, "name");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
