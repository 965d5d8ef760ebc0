package io.eventlens.reference.tracing;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Baggage is not copied onto spans by itself: this puts the {@code correlation.id} entry of the
 * parent context's baggage on every span as it starts, so a search by correlation id finds the
 * spans of every service.
 */
final class CorrelationSpanProcessor implements SpanProcessor {

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String correlationId = Baggage.fromContext(parentContext).getEntryValue(Telemetry.CORRELATION_ID);
        if (correlationId != null) {
            span.setAttribute(Telemetry.CORRELATION_ID, correlationId);
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {}

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
