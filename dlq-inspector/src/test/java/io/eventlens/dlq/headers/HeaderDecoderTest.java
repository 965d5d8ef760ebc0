package io.eventlens.dlq.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderDecoderTest {

    private final HeaderDecoder decoder = new HeaderDecoder();

    @Test
    void spring_dead_letter_headers_decode_with_binary_partition_offset_and_timestamp() {
        DecodedHeaders h = decoder.decode(List.of(
                text("kafka_dlt-original-topic", "orders"),
                new RawHeader(
                        "kafka_dlt-original-partition",
                        ByteBuffer.allocate(4).putInt(2).array()),
                new RawHeader(
                        "kafka_dlt-original-offset",
                        ByteBuffer.allocate(8).putLong(4711L).array()),
                new RawHeader(
                        "kafka_dlt-original-timestamp",
                        ByteBuffer.allocate(8).putLong(1_700_000_000_000L).array()),
                text("kafka_dlt-original-consumer-group", "payment-service"),
                text("kafka_dlt-exception-fqcn", "io.example.PoisonEventException"),
                text("kafka_dlt-exception-message", "order 42 has no currency"),
                text("kafka_dlt-exception-stacktrace", "io.example.PoisonEventException: ...")));

        assertThat(h.convention()).isEqualTo(Convention.SPRING_DLT);
        assertThat(h.originalTopic()).isEqualTo("orders");
        assertThat(h.originalPartition()).isEqualTo(2);
        assertThat(h.originalOffset()).isEqualTo("4711");
        assertThat(h.originalTimestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(h.consumerGroup()).isEqualTo("payment-service");
        assertThat(h.exceptionClass()).isEqualTo("io.example.PoisonEventException");
        assertThat(h.exceptionMessage()).isEqualTo("order 42 has no currency");
        assertThat(h.problems()).isEmpty();
    }

    @Test
    void appended_origin_headers_give_the_first_origin_and_the_latest_exception() {
        DecodedHeaders h = decoder.decode(List.of(
                text("kafka_dlt-original-topic", "orders"),
                text("kafka_dlt-exception-fqcn", "java.lang.IllegalStateException"),
                text("kafka_dlt-original-topic", "orders-dlt"),
                text("kafka_dlt-exception-fqcn", "java.lang.IllegalArgumentException")));

        assertThat(h.originalTopic()).isEqualTo("orders");
        assertThat(h.exceptionClass()).isEqualTo("java.lang.IllegalArgumentException");
    }

    @Test
    void a_partition_header_of_the_wrong_length_is_a_problem_naming_it_not_an_exception() {
        DecodedHeaders h = decoder.decode(List.of(
                text("kafka_dlt-original-topic", "orders"),
                new RawHeader("kafka_dlt-original-partition", new byte[] {0, 1, 2}),
                new RawHeader("kafka_dlt-original-offset", "12".getBytes(StandardCharsets.UTF_8))));

        assertThat(h.originalPartition()).isNull();
        assertThat(h.originalOffset()).isNull();
        assertThat(h.problems())
                .containsExactly(
                        "header kafka_dlt-original-partition has 3 byte(s) (0x000102); Spring Kafka writes a 4-byte"
                                + " big-endian int",
                        "header kafka_dlt-original-offset has 2 byte(s) (0x3132); Spring Kafka writes an 8-byte"
                                + " big-endian long");
    }

    @Test
    void retryable_topic_headers_use_the_non_dlt_family_and_count_attempts() {
        DecodedHeaders h = decoder.decode(List.of(
                text("kafka_original-topic", "payments"),
                new RawHeader(
                        "kafka_original-partition",
                        ByteBuffer.allocate(4).putInt(0).array()),
                new RawHeader(
                        "kafka_original-offset",
                        ByteBuffer.allocate(8).putLong(9).array()),
                text("kafka_exception-fqcn", "java.net.SocketTimeoutException"),
                new RawHeader(
                        "retry_topic-attempts", ByteBuffer.allocate(4).putInt(3).array()),
                new RawHeader(
                        "retry_topic-backoff-timestamp", BigInteger.valueOf(5).toByteArray())));

        assertThat(h.convention()).isEqualTo(Convention.SPRING_RETRY);
        assertThat(h.originalTopic()).isEqualTo("payments");
        assertThat(h.originalOffset()).isEqualTo("9");
        assertThat(h.exceptionClass()).isEqualTo("java.net.SocketTimeoutException");
        assertThat(h.attempts()).isEqualTo(3);
    }

    @Test
    void kafka_connect_headers_are_text_with_decimal_partition_and_offset() {
        DecodedHeaders h = decoder.decode(List.of(
                text("__connect.errors.topic", "crm-contacts"),
                text("__connect.errors.partition", "1"),
                text("__connect.errors.offset", "77"),
                text("__connect.errors.connector.name", "jdbc-sink"),
                text("__connect.errors.stage", "VALUE_CONVERTER"),
                text("__connect.errors.exception.class.name", "org.apache.kafka.connect.errors.DataException"),
                text("__connect.errors.exception.message", "Converting byte[] to Kafka Connect data failed")));

        assertThat(h.convention()).isEqualTo(Convention.KAFKA_CONNECT);
        assertThat(h.originalTopic()).isEqualTo("crm-contacts");
        assertThat(h.originalPartition()).isEqualTo(1);
        assertThat(h.originalOffset()).isEqualTo("77");
        assertThat(h.consumerGroup()).isEqualTo("jdbc-sink");
        assertThat(h.exceptionClass()).isEqualTo("org.apache.kafka.connect.errors.DataException");
    }

    @Test
    void kafka_streams_headers_take_the_class_from_the_exception_text() {
        DecodedHeaders h = decoder.decode(List.of(
                text("__streams.errors.exception", "org.apache.kafka.common.errors.SerializationException: bad"),
                text("__streams.errors.message", "bad"),
                text("__streams.errors.topic", "clicks"),
                text("__streams.errors.partition", "0"),
                text("__streams.errors.offset", "5")));

        assertThat(h.convention()).isEqualTo(Convention.KAFKA_STREAMS);
        assertThat(h.exceptionClass()).isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(h.exceptionMessage()).isEqualTo("bad");
        assertThat(h.originalTopic()).isEqualTo("clicks");
    }

    @Test
    void redis_dead_letter_fields_give_stream_id_group_and_deliveries() {
        DecodedHeaders h = decoder.decode(List.of(
                text("kind", "order-confirmation"),
                text("dlq-original-stream", "email-jobs"),
                text("dlq-original-id", "1700000000000-3"),
                text("dlq-original-group", "email-service"),
                text("dlq-delivery-count", "5"),
                text("dlq-reason", "not processed after 5 deliveries")));

        assertThat(h.convention()).isEqualTo(Convention.REDIS_STREAM);
        assertThat(h.originalTopic()).isEqualTo("email-jobs");
        assertThat(h.originalOffset()).isEqualTo("1700000000000-3");
        assertThat(h.originalTimestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(h.attempts()).isEqualTo(5);
    }

    @Test
    void a_record_without_headers_is_unknown_with_nothing_decoded_and_no_problem() {
        DecodedHeaders h = decoder.decode(List.of());

        assertThat(h.convention()).isEqualTo(Convention.UNKNOWN);
        assertThat(h.originalTopic()).isNull();
        assertThat(h.replayCount()).isZero();
        assertThat(h.problems()).isEmpty();
    }

    @Test
    void binary_header_values_show_as_hex_and_text_as_text() {
        DecodedHeaders h = decoder.decode(List.of(
                new RawHeader("blob", new byte[] {(byte) 0xff, 0x00}),
                text("note", "hello"),
                new RawHeader("none", null)));

        assertThat(h.all())
                .containsExactly(
                        new DecodedHeaders.Shown("blob", "0xff00"),
                        new DecodedHeaders.Shown("note", "hello"),
                        new DecodedHeaders.Shown("none", "(null)"));
    }

    @Test
    void a_replay_count_that_is_not_a_number_is_a_problem_and_counts_as_never_replayed() {
        DecodedHeaders h = decoder.decode(List.of(text("eventlens-replay-count", "many")));

        assertThat(h.replayCount()).isZero();
        assertThat(h.problems())
                .containsExactly("header eventlens-replay-count is 'many'; a decimal number is expected");
    }

    private static RawHeader text(String name, String value) {
        return new RawHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
