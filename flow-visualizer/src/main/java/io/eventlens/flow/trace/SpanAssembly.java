package io.eventlens.flow.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What both OTLP encodings share: the limits each span is held to, the correlation id looked up,
 * and the tally of accepted and rejected spans of one request.
 */
final class SpanAssembly {

    private final IntakeLimits limits;
    private final CorrelationAttributes correlation;
    private final List<TraceSpan> accepted = new ArrayList<>();
    private int rejected;
    private String firstRejection = "";

    SpanAssembly(IntakeLimits limits, CorrelationAttributes correlation) {
        this.limits = limits;
        this.correlation = correlation;
    }

    /** Rejects a list of {@code count} attributes before any is read, so a huge one costs nothing more. */
    void checkCount(int count, String where) {
        if (count > limits.maxAttributes()) {
            throw new SpanRejectedException(where + " has " + count + " attributes; at most " + limits.maxAttributes()
                    + " are allowed per span, resource, event or link");
        }
    }

    /** Checks one attribute value's size as it is read. */
    String checkValue(String key, String value, String where) {
        if (value.length() > limits.maxValueChars()) {
            throw new SpanRejectedException(where + " attribute '" + Ids.abbreviate(key) + "' has a value of "
                    + value.length() + " characters; at most " + limits.maxValueChars() + " are allowed");
        }
        return value;
    }

    String correlationId(Map<String, String> attributes, Map<String, String> resource) {
        return correlation.find(attributes, resource);
    }

    void accept(TraceSpan span) {
        accepted.add(span);
    }

    void reject(String reason, int spans) {
        if (rejected == 0) {
            firstRejection = reason;
        }
        rejected += spans;
    }

    OtlpBatch batch() {
        String rejection = rejected == 0
                ? ""
                : rejected + " span(s) rejected; the first: " + firstRejection
                        + (rejected > 1 ? " (the other spans of the request were stored)" : "");
        return new OtlpBatch(accepted, rejected, rejected == 0 ? "" : rejection);
    }

    static String where(String service, String name) {
        return "span '" + Ids.abbreviate(name) + "' of service '" + Ids.abbreviate(service) + "'";
    }
}
