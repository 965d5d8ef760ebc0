package io.eventlens.dlq.headers;

/** Who wrote a dead-letter record's headers, as told by the header names present. */
public enum Convention {
    /** Spring Kafka's {@code DeadLetterPublishingRecoverer}: {@code kafka_dlt-*}, binary partition and offset. */
    SPRING_DLT("Spring Kafka dead-letter"),
    /** Spring Kafka's {@code @RetryableTopic}: {@code kafka_original-*}, {@code retry_topic-*}. */
    SPRING_RETRY("Spring Kafka retry topic"),
    /** Kafka Connect's sink dead-letter queue: {@code __connect.errors.*}, all text. */
    KAFKA_CONNECT("Kafka Connect"),
    /** Kafka Streams' dead-letter queue (KIP-1034): {@code __streams.errors.*}. */
    KAFKA_STREAMS("Kafka Streams"),
    /** A Redis stream entry moved after too many deliveries: {@code dlq-original-*} fields. */
    REDIS_STREAM("Redis stream dead letter"),
    /** No known header family. */
    UNKNOWN("no known dead-letter headers");

    private final String label;

    Convention(String label) {
        this.label = label;
    }

    /** A short name for people. */
    public String label() {
        return label;
    }
}
