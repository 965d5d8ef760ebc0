package io.eventlens.flow.trace;

/** An OTLP request body that cannot be read at all; none of its spans is stored. */
public final class OtlpDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OtlpDecodeException(String message, Throwable cause) {
        super(message, cause);
    }

    public OtlpDecodeException(String message) {
        super(message);
    }
}
