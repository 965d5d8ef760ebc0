package io.eventlens.flow.trace;

import static java.util.Objects.requireNonNull;

/**
 * A span's status as OTLP gives it.
 *
 * @param code UNSET, OK or ERROR
 * @param message the description the instrumentation gave, empty when none
 */
public record SpanStatus(Code code, String message) {

    /** OTLP's status codes, numbered as in {@code Status.StatusCode}. */
    public enum Code {
        UNSET,
        OK,
        ERROR;

        public static Code ofNumber(int number) {
            return number == 1 ? OK : number == 2 ? ERROR : UNSET;
        }
    }

    public static final SpanStatus UNSET = new SpanStatus(Code.UNSET, "");

    public SpanStatus {
        requireNonNull(code, "code");
        message = message == null ? "" : message;
    }
}
