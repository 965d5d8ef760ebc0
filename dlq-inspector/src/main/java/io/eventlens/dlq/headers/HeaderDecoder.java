package io.eventlens.dlq.headers;

import static io.eventlens.dlq.headers.HeaderNames.*;

import java.util.List;

/**
 * Reads the headers of a dead-letter record, whichever convention wrote them (Spring Kafka's
 * dead-letter and retry-topic families, Kafka Connect, Kafka Streams, Redis stream dead letters).
 * Never throws on bad input: a header with the wrong length or unreadable text becomes a problem in
 * the result, naming the header, what it holds and what was expected. Stateless and thread-safe.
 */
public final class HeaderDecoder {

    private static final String SPRING = "Spring Kafka";

    /** Decodes the headers of one record. */
    public DecodedHeaders decode(List<RawHeader> headers) {
        HeaderValues values = new HeaderValues(headers);
        Convention convention = conventionOf(values);
        Builder b = new Builder(values);
        switch (convention) {
            case SPRING_DLT -> springDeadLetter(b);
            case SPRING_RETRY -> springRetry(b);
            case KAFKA_CONNECT -> prefixed(b, CONNECT_PREFIX, "class.name", "exception.class.name");
            case KAFKA_STREAMS -> prefixed(b, STREAMS_PREFIX, null, "exception");
            case REDIS_STREAM -> redis(b);
            case UNKNOWN -> {}
        }
        Integer replayCount = intOf(values.decimal(REPLAY_COUNT, values.last(REPLAY_COUNT)));
        return new DecodedHeaders(
                convention,
                b.topic,
                b.partition,
                b.offset,
                b.timestamp,
                b.group,
                b.exceptionClass,
                b.message,
                b.stackTrace,
                b.attempts,
                replayCount == null ? 0 : replayCount,
                values.shown(),
                values.problems());
    }

    static Convention conventionOf(HeaderValues values) {
        if (values.has(DLT_ORIGINAL_TOPIC) || values.has(DLT_EXCEPTION_FQCN)) {
            return Convention.SPRING_DLT;
        }
        if (values.has(ORIGINAL_TOPIC) || values.has(EXCEPTION_FQCN) || values.has(RETRY_ATTEMPTS)) {
            return Convention.SPRING_RETRY;
        }
        if (values.hasPrefix(CONNECT_PREFIX)) {
            return Convention.KAFKA_CONNECT;
        }
        if (values.hasPrefix(STREAMS_PREFIX)) {
            return Convention.KAFKA_STREAMS;
        }
        if (values.has(REDIS_ORIGINAL_STREAM)) {
            return Convention.REDIS_STREAM;
        }
        return Convention.UNKNOWN;
    }

    private static void springDeadLetter(Builder b) {
        HeaderValues v = b.values;
        b.topic = v.text(v.first(DLT_ORIGINAL_TOPIC));
        b.partition = v.int32(DLT_ORIGINAL_PARTITION, v.first(DLT_ORIGINAL_PARTITION), SPRING);
        b.offset = string(v.int64(DLT_ORIGINAL_OFFSET, v.first(DLT_ORIGINAL_OFFSET), SPRING));
        b.timestamp = v.int64(DLT_ORIGINAL_TIMESTAMP, v.first(DLT_ORIGINAL_TIMESTAMP), SPRING);
        b.group = v.text(v.last(DLT_ORIGINAL_CONSUMER_GROUP));
        b.exceptionClass = v.text(v.last(DLT_EXCEPTION_FQCN));
        b.message = v.text(v.last(DLT_EXCEPTION_MESSAGE));
        b.stackTrace = v.text(v.last(DLT_EXCEPTION_STACKTRACE));
        b.attempts = v.has(RETRY_ATTEMPTS) ? v.attempts(RETRY_ATTEMPTS) : null;
    }

    private static void springRetry(Builder b) {
        HeaderValues v = b.values;
        b.topic = v.text(v.first(ORIGINAL_TOPIC));
        b.partition = v.int32(ORIGINAL_PARTITION, v.first(ORIGINAL_PARTITION), SPRING);
        b.offset = string(v.int64(ORIGINAL_OFFSET, v.first(ORIGINAL_OFFSET), SPRING));
        b.timestamp = v.int64(ORIGINAL_TIMESTAMP, v.first(ORIGINAL_TIMESTAMP), SPRING);
        // Spring keeps this one name in the dead-letter family even on retry records
        b.group = v.text(v.last(DLT_ORIGINAL_CONSUMER_GROUP));
        b.exceptionClass = v.text(v.last(EXCEPTION_FQCN));
        b.message = v.text(v.last(EXCEPTION_MESSAGE));
        b.stackTrace = v.text(v.last(EXCEPTION_STACKTRACE));
        b.attempts = v.has(RETRY_ATTEMPTS) ? v.attempts(RETRY_ATTEMPTS) : null;
    }

    /** Connect and Streams: text headers under one prefix, partition and offset as decimal text. */
    private static void prefixed(Builder b, String prefix, String groupName, String exceptionName) {
        HeaderValues v = b.values;
        b.topic = v.text(v.last(prefix + "topic"));
        b.partition = intOf(v.decimal(prefix + "partition", v.last(prefix + "partition")));
        b.offset = string(v.decimal(prefix + "offset", v.last(prefix + "offset")));
        b.group = groupName == null ? null : v.text(v.last(prefix + "connector.name"));
        String exception = v.text(v.last(prefix + exceptionName));
        // Streams writes exception.toString(): "class: message"
        b.exceptionClass = exception == null ? null : exception.split(":", 2)[0].trim();
        b.message = v.text(v.last(prefix + (prefix.equals(CONNECT_PREFIX) ? "exception.message" : "message")));
        b.stackTrace = v.text(v.last(prefix + (prefix.equals(CONNECT_PREFIX) ? "exception.stacktrace" : "stacktrace")));
    }

    private static void redis(Builder b) {
        HeaderValues v = b.values;
        b.topic = v.text(v.last(REDIS_ORIGINAL_STREAM));
        b.offset = v.text(v.last(REDIS_ORIGINAL_ID));
        b.group = v.text(v.last(REDIS_ORIGINAL_GROUP));
        b.attempts = intOf(v.decimal(REDIS_DELIVERY_COUNT, v.last(REDIS_DELIVERY_COUNT)));
        b.message = v.text(v.last(REDIS_REASON));
        b.exceptionClass = v.text(v.last(REDIS_ERROR_CLASS));
        String id = b.offset;
        if (id != null && id.matches("\\d+-\\d+")) {
            b.timestamp = Long.parseLong(id.substring(0, id.indexOf('-')));
        }
    }

    private static Integer intOf(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static String string(Long value) {
        return value == null ? null : value.toString();
    }

    /** Fields being filled; one per decode call. */
    private static final class Builder {
        final HeaderValues values;
        String topic;
        Integer partition;
        String offset;
        Long timestamp;
        String group;
        String exceptionClass;
        String message;
        String stackTrace;
        Integer attempts;

        Builder(HeaderValues values) {
            this.values = values;
        }
    }
}
