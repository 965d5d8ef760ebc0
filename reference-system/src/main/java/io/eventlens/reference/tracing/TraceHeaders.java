package io.eventlens.reference.tracing;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Moves trace context and baggage in and out of the carriers the system uses: Kafka record headers,
 * Redis stream fields and the outbox's stored map (text {@code traceparent}, {@code baggage}).
 */
public final class TraceHeaders {

    @SuppressWarnings("deprecation") // keys() is still abstract in 1.68
    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceHeaders() {}

    /** The context's trace parent and baggage as a map of text, e.g. for an outbox row. */
    public static Map<String, String> capture(TextMapPropagator propagator, Context context) {
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier;
    }

    public static Context extract(TextMapPropagator propagator, Map<String, String> carrier) {
        return propagator.extract(Context.root(), carrier, MAP_GETTER);
    }

    /** Writes the context into Kafka headers, replacing any earlier value of the same name. */
    public static void inject(TextMapPropagator propagator, Context context, Headers headers) {
        propagator.inject(context, headers, (carrier, key, value) -> {
            carrier.remove(key);
            carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
        });
    }

    public static Context extract(TextMapPropagator propagator, Headers headers) {
        Map<String, String> carrier = new LinkedHashMap<>();
        for (Header header : headers) {
            if (header.value() != null) {
                carrier.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return extract(propagator, carrier);
    }

    /** The context with {@code correlation.id} added to its baggage. */
    public static Context withCorrelation(Context context, String correlationId) {
        Baggage baggage = Baggage.fromContext(context).toBuilder()
                .put(Telemetry.CORRELATION_ID, correlationId)
                .build();
        return context.with(baggage);
    }
}
