package io.eventlens.reference.tracing;

import static java.util.Objects.requireNonNull;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.propagation.W3CBaggagePropagator;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;

/**
 * One OpenTelemetry SDK per reference-system process: W3C trace context and baggage propagation,
 * the correlation id copied from baggage onto every span, spans exported over OTLP/HTTP.
 *
 * <p>It is never registered as the global instance, so it cannot clash with a host application's
 * (EventLens runs the demo in its own JVM).
 */
public final class Telemetry implements AutoCloseable {

    /** Baggage key and span attribute of the business action's id. */
    public static final String CORRELATION_ID = "correlation.id";

    private final OpenTelemetrySdk sdk;

    private Telemetry(OpenTelemetrySdk sdk) {
        this.sdk = sdk;
    }

    /**
     * Exports in batches to an OTLP/HTTP endpoint such as {@code http://localhost:8080/v1/traces}
     * (EventLens) or {@code http://localhost:4318/v1/traces} (Jaeger). An endpoint that does not answer
     * costs a logged warning per batch, never a blocked service.
     */
    public static Telemetry otlp(String endpoint, String serviceName) {
        SpanExporter exporter = OtlpHttpSpanExporter.builder()
                .setEndpoint(requireNonNull(endpoint, "endpoint"))
                .setTimeout(Duration.ofSeconds(5))
                .build();
        return create(BatchSpanProcessor.builder(exporter).setMaxQueueSize(8192).build(), serviceName);
    }

    /** Exports each span as it ends to {@code exporter} (tests hand in an in-memory one). */
    public static Telemetry exportingTo(SpanExporter exporter, String serviceName) {
        return create(SimpleSpanProcessor.create(exporter), serviceName);
    }

    private static Telemetry create(SpanProcessor export, String serviceName) {
        Resource resource = Resource.getDefault()
                .merge(Resource.create(Attributes.of(
                        io.opentelemetry.api.common.AttributeKey.stringKey("service.name"), serviceName)));
        SdkTracerProvider tracing = SdkTracerProvider.builder()
                .setResource(resource)
                .addSpanProcessor(new CorrelationSpanProcessor())
                .addSpanProcessor(export)
                .build();
        TextMapPropagator propagator = TextMapPropagator.composite(
                W3CTraceContextPropagator.getInstance(), W3CBaggagePropagator.getInstance());
        return new Telemetry(OpenTelemetrySdk.builder()
                .setTracerProvider(tracing)
                .setPropagators(ContextPropagators.create(propagator))
                .build());
    }

    public OpenTelemetry openTelemetry() {
        return sdk;
    }

    /** A tracer named after the service that uses it (the instrumentation scope). */
    public Tracer tracer(String service) {
        return sdk.getTracer("io.eventlens.reference." + service);
    }

    public TextMapPropagator propagator() {
        return sdk.getPropagators().getTextMapPropagator();
    }

    @Override
    public void close() {
        sdk.getSdkTracerProvider().shutdown().join(5, java.util.concurrent.TimeUnit.SECONDS);
    }
}
