package io.eventlens.reference.messaging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Header names and encodings of Spring Kafka, so EventLens and other tools read our retry and
 * dead-letter records: {@code kafka_original-*} on retry records (the first origin, kept through
 * the chain), {@code kafka_dlt-*} on dead-letter records, {@code retry_topic-attempts} counting.
 */
public final class DeadLetterHeaders {

    public static final String ORIGINAL_TOPIC = "kafka_original-topic";
    public static final String ORIGINAL_PARTITION = "kafka_original-partition";
    public static final String ORIGINAL_OFFSET = "kafka_original-offset";
    public static final String ORIGINAL_TIMESTAMP = "kafka_original-timestamp";
    public static final String DLT_ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    public static final String DLT_ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    public static final String DLT_ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    public static final String DLT_ORIGINAL_TIMESTAMP = "kafka_dlt-original-timestamp";
    public static final String DLT_ORIGINAL_TIMESTAMP_TYPE = "kafka_dlt-original-timestamp-type";
    public static final String DLT_ORIGINAL_CONSUMER_GROUP = "kafka_dlt-original-consumer-group";
    public static final String DLT_EXCEPTION_FQCN = "kafka_dlt-exception-fqcn";
    public static final String DLT_EXCEPTION_CAUSE_FQCN = "kafka_dlt-exception-cause-fqcn";
    public static final String DLT_EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    public static final String DLT_EXCEPTION_STACKTRACE = "kafka_dlt-exception-stacktrace";
    public static final String ATTEMPTS = "retry_topic-attempts";
    public static final String BACKOFF_TIMESTAMP = "retry_topic-backoff-timestamp";

    private static final int MAX_STACKTRACE = 8_000;

    private DeadLetterHeaders() {}

    /** Where the record first came from: its own coordinates, or those its retry headers carry. */
    static Origin origin(ConsumerRecord<?, ?> record) {
        Headers headers = record.headers();
        if (headers.lastHeader(ORIGINAL_TOPIC) == null) {
            return new Origin(
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.timestamp(),
                    record.timestampType().name);
        }
        return new Origin(
                text(headers, ORIGINAL_TOPIC),
                ByteBuffer.wrap(bytes(headers, ORIGINAL_PARTITION)).getInt(),
                ByteBuffer.wrap(bytes(headers, ORIGINAL_OFFSET)).getLong(),
                ByteBuffer.wrap(bytes(headers, ORIGINAL_TIMESTAMP)).getLong(),
                "CREATE_TIME");
    }

    static void retry(Headers headers, Origin origin, int attempts, long dueMillis) {
        replace(headers, ORIGINAL_TOPIC, origin.topic().getBytes(StandardCharsets.UTF_8));
        replace(
                headers,
                ORIGINAL_PARTITION,
                ByteBuffer.allocate(4).putInt(origin.partition()).array());
        replace(
                headers,
                ORIGINAL_OFFSET,
                ByteBuffer.allocate(8).putLong(origin.offset()).array());
        replace(
                headers,
                ORIGINAL_TIMESTAMP,
                ByteBuffer.allocate(8).putLong(origin.timestamp()).array());
        replace(headers, ATTEMPTS, ByteBuffer.allocate(4).putInt(attempts).array());
        replace(headers, BACKOFF_TIMESTAMP, BigInteger.valueOf(dueMillis).toByteArray());
    }

    static void deadLetter(Headers headers, Origin origin, String group, Throwable error) {
        replace(headers, DLT_ORIGINAL_TOPIC, origin.topic().getBytes(StandardCharsets.UTF_8));
        replace(
                headers,
                DLT_ORIGINAL_PARTITION,
                ByteBuffer.allocate(4).putInt(origin.partition()).array());
        replace(
                headers,
                DLT_ORIGINAL_OFFSET,
                ByteBuffer.allocate(8).putLong(origin.offset()).array());
        replace(
                headers,
                DLT_ORIGINAL_TIMESTAMP,
                ByteBuffer.allocate(8).putLong(origin.timestamp()).array());
        replace(headers, DLT_ORIGINAL_TIMESTAMP_TYPE, origin.timestampType().getBytes(StandardCharsets.UTF_8));
        replace(headers, DLT_ORIGINAL_CONSUMER_GROUP, group.getBytes(StandardCharsets.UTF_8));
        replace(headers, DLT_EXCEPTION_FQCN, error.getClass().getName().getBytes(StandardCharsets.UTF_8));
        if (error.getCause() != null) {
            replace(
                    headers,
                    DLT_EXCEPTION_CAUSE_FQCN,
                    error.getCause().getClass().getName().getBytes(StandardCharsets.UTF_8));
        }
        replace(
                headers,
                DLT_EXCEPTION_MESSAGE,
                String.valueOf(error.getMessage()).getBytes(StandardCharsets.UTF_8));
        replace(headers, DLT_EXCEPTION_STACKTRACE, stackTrace(error).getBytes(StandardCharsets.UTF_8));
    }

    /** Attempts made so far: 1 for a record from a main topic. */
    static int attempts(Headers headers) {
        byte[] value = bytes(headers, ATTEMPTS);
        return value == null ? 1 : ByteBuffer.wrap(value).getInt();
    }

    /** When a retry record is due, or 0 for a main-topic record. */
    static long dueMillis(Headers headers) {
        byte[] value = bytes(headers, BACKOFF_TIMESTAMP);
        return value == null ? 0 : new BigInteger(value).longValue();
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String text = out.toString();
        return text.length() <= MAX_STACKTRACE ? text : text.substring(0, MAX_STACKTRACE) + "\n\t... (truncated)";
    }

    private static void replace(Headers headers, String name, byte[] value) {
        headers.remove(name);
        headers.add(name, value);
    }

    private static byte[] bytes(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : header.value();
    }

    private static String text(Headers headers, String name) {
        return new String(bytes(headers, name), StandardCharsets.UTF_8);
    }

    /** The first topic, partition, offset and timestamp of a record. */
    record Origin(String topic, int partition, long offset, long timestamp, String timestampType) {}
}
