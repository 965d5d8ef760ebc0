package io.eventlens.flow.trace;

/** A span's kind, numbered as in OTLP ({@code Span.SpanKind}). */
public enum SpanKind {
    UNSPECIFIED,
    INTERNAL,
    SERVER,
    CLIENT,
    PRODUCER,
    CONSUMER;

    /** The kind of an OTLP enum number; numbers OTLP does not define read as {@link #UNSPECIFIED}. */
    public static SpanKind ofNumber(int number) {
        SpanKind[] kinds = values();
        return number >= 0 && number < kinds.length ? kinds[number] : UNSPECIFIED;
    }
}
