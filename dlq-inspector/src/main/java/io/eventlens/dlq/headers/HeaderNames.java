package io.eventlens.dlq.headers;

/** Header names of each convention (research §4), exactly as their writers spell them. */
public final class HeaderNames {

    public static final String DLT_ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    public static final String DLT_ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    public static final String DLT_ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    public static final String DLT_ORIGINAL_TIMESTAMP = "kafka_dlt-original-timestamp";
    public static final String DLT_ORIGINAL_CONSUMER_GROUP = "kafka_dlt-original-consumer-group";
    public static final String DLT_EXCEPTION_FQCN = "kafka_dlt-exception-fqcn";
    public static final String DLT_EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    public static final String DLT_EXCEPTION_STACKTRACE = "kafka_dlt-exception-stacktrace";

    public static final String ORIGINAL_TOPIC = "kafka_original-topic";
    public static final String ORIGINAL_PARTITION = "kafka_original-partition";
    public static final String ORIGINAL_OFFSET = "kafka_original-offset";
    public static final String ORIGINAL_TIMESTAMP = "kafka_original-timestamp";
    public static final String EXCEPTION_FQCN = "kafka_exception-fqcn";
    public static final String EXCEPTION_MESSAGE = "kafka_exception-message";
    public static final String EXCEPTION_STACKTRACE = "kafka_exception-stacktrace";
    public static final String RETRY_ATTEMPTS = "retry_topic-attempts";

    public static final String CONNECT_PREFIX = "__connect.errors.";
    public static final String STREAMS_PREFIX = "__streams.errors.";

    public static final String REDIS_ORIGINAL_STREAM = "dlq-original-stream";
    public static final String REDIS_ORIGINAL_ID = "dlq-original-id";
    public static final String REDIS_ORIGINAL_GROUP = "dlq-original-group";
    public static final String REDIS_DELIVERY_COUNT = "dlq-delivery-count";
    public static final String REDIS_REASON = "dlq-reason";
    public static final String REDIS_ERROR_CLASS = "dlq-error-class";

    /** Added by EventLens on every replayed record: {@code <dlq>-<partition>-<offset>} (or {@code <dlq>-<id>}). */
    public static final String REPLAY_ID = "eventlens-replay-id";
    /** Added by EventLens: how many times this record has been replayed, as decimal text. */
    public static final String REPLAY_COUNT = "eventlens-replay-count";
    /** Added by EventLens: the replay job that sent the record. */
    public static final String REPLAY_JOB = "eventlens-replay-job";

    private HeaderNames() {}
}
