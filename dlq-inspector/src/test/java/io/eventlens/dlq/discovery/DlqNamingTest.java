package io.eventlens.dlq.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.reference.event.Topics;
import io.eventlens.reference.messaging.RetryPolicy;
import org.junit.jupiter.api.Test;

class DlqNamingTest {

    @Test
    void the_reference_systems_dead_letter_topics_and_stream_are_found_by_convention() {
        assertThat(DlqNaming.classify(RetryPolicy.deadLetterTopic("payment-service"), Backend.KAFKA))
                .hasValueSatisfying(q -> assertThat(q.kind()).isEqualTo(QueueKind.DEAD_LETTER));
        assertThat(DlqNaming.classify(RetryPolicy.retryTopic("payment-service", 2), Backend.KAFKA))
                .hasValueSatisfying(q -> assertThat(q.kind()).isEqualTo(QueueKind.RETRY));
        assertThat(DlqNaming.classify(Topics.EMAIL_DLQ_STREAM, Backend.REDIS))
                .hasValueSatisfying(q -> assertThat(q.foundBy()).isEqualTo("suffix -dlq"));
    }

    @Test
    void spring_and_common_conventions_match_and_ordinary_or_internal_names_do_not() {
        assertThat(DlqNaming.classify("orders.DLT", Backend.KAFKA)).isPresent();
        assertThat(DlqNaming.classify("orders.dlq", Backend.KAFKA)).isPresent();
        assertThat(DlqNaming.classify("orders_DLQ", Backend.KAFKA)).isPresent();
        assertThat(DlqNaming.classify("main-topic-retry-1000", Backend.KAFKA)).isPresent();
        assertThat(DlqNaming.classify("orders-dlt-parked", Backend.KAFKA)).isPresent();
        assertThat(DlqNaming.classify("orders", Backend.KAFKA)).isEmpty();
        assertThat(DlqNaming.classify("dlt", Backend.KAFKA)).isEmpty();
        assertThat(DlqNaming.classify("__consumer_offsets-dlt", Backend.KAFKA)).isEmpty();
    }

    @Test
    void a_queue_names_the_topic_or_group_whose_failures_it_takes() {
        assertThat(DlqNaming.origin("orders-dlt")).hasValue("orders");
        assertThat(DlqNaming.origin("orders.DLT")).hasValue("orders");
        assertThat(DlqNaming.origin(Topics.EMAIL_DLQ_STREAM)).hasValue(Topics.EMAIL_STREAM);
        assertThat(DlqNaming.origin(RetryPolicy.deadLetterTopic("payment-service")))
                .hasValue("payment-service");
        assertThat(DlqNaming.origin("main-topic-retry-1000")).hasValue("main-topic");
        assertThat(DlqNaming.origin("orders")).isEmpty();
        assertThat(DlqNaming.origin("__consumer_offsets-dlt")).isEmpty();
    }
}
