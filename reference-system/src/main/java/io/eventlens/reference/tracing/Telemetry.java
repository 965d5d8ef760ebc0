package io.eventlens.reference.tracing;

import static java.util.Objects.requireNonNull;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * OpenTelemetry for the reference system: one tracer provider per service (its own {@code
 * service.name}, so a trace shows which service did what), W3C trace context and baggage
 * propagation, the correlation id copied from baggage onto every span, spans exported over OTLP/HTTP.
 *
 * <p>It is never registered as the global instance, so it cannot clash with a host application's
 * (EventLens runs the demo in its own JVM).
 */
public final class Telemetry implements AutoCloseable {

    /** Baggage key and span attribute of the business action's id. */
    public static final String CORRELATION_ID = "correlation.id";

    private final Supplier<SpanProcessor> exports;
    private final Map<String, SdkTracerProvider> providers = new ConcurrentHashMap<>();
    private final TextMapPropagator propagator =
            TextMapPropagator.composite(W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance());
    private volatile boolean closed;

    private Telemetry(Supplier<SpanProcessor> exports) {
        this.exports = exports;
    }

    /**
     * Exports in batches to an OTLP/HTTP endpoint such as {@code http://localhost:8080/v1/traces}
     * (EventLens) or {@code http://localhost:4318/v1/traces} (Jaeger). An endpoint that does not answer
     * costs a logged warning per batch, never a blocked service.
     */
    public static Telemetry otlp(String endpoint) {
        requireNonNull(endpoint, "endpoint");
        return new Telemetry(() -> BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                        .setEndpoint(endpoint)
                        .setTimeout(Duration.ofSeconds(5))
                        .build())
                .setMaxQueueSize(8192)
                .build());
    }

    /** Exports each span as it ends to {@code exporter} (tests hand in an in-memory one). */
    public static Telemetry exportingTo(SpanExporter exporter) {
        SpanExporter shared = new SharedExporter(exporter);
        return new Telemetry(() -> SimpleSpanProcessor.create(shared));
    }

    private SdkTracerProvider provider(String service) {
        Resource resource = Resource.getDefault()
                .merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), service)));
        return SdkTracerProvider.builder()
                .setResource(resource)
                .addSpanProcessor(new CorrelationSpanProcessor())
                .addSpanProcessor(exports.get())
                .build();
    }

    /**
     * A tracer of this service ({@code service.name}), its scope named after it. Services are the
     * consumer groups, {@code http} (the order API), {@code outbox} and {@code email} (the worker).
     */
    public Tracer tracer(String service) {
        if (closed) {
            return OpenTelemetry.noop().getTracer(service);
        }
        return providers
                .computeIfAbsent(ServiceNames.of(service), this::provider)
                .get("io.eventlens.reference." + service);
    }

    public TextMapPropagator propagator() {
        return propagator;
    }

    /** Flushes and stops every service's exporter, waiting up to five seconds in all. */
    @Override
    public void close() {
        closed = true;
        List<CompletableResultCode> shutdowns =
                providers.values().stream().map(SdkTracerProvider::shutdown).toList();
        CompletableResultCode.ofAll(shutdowns).join(5, TimeUnit.SECONDS);
    }
}
