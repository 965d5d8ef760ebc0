package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A decoded OTLP request: the spans to store and those rejected, with the first rejection's reason
 * (OTLP's {@code partial_success}).
 */
public record OtlpBatch(List<TraceSpan> spans, int rejectedSpans, String rejection) {

    public OtlpBatch {
        spans = List.copyOf(spans);
        requireNonNull(rejection, "rejection");
    }

    public boolean partial() {
        return rejectedSpans > 0;
    }
}
