package io.eventlens.reference.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void the_default_backoffs_grow_from_one_second_to_ten_minutes() {
        RetryPolicy policy = RetryPolicy.defaults(1.0);

        assertThat(policy.maxAttempts()).isEqualTo(6);
        assertThat(policy.retryTopics()).isEqualTo(5);
        assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(5)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void one_factor_scales_every_delay() {
        RetryPolicy policy = RetryPolicy.defaults(0.01);

        assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofMillis(10));
        assertThat(policy.delayBefore(4)).isEqualTo(Duration.ofMillis(1200));
    }

    @Test
    void topics_are_named_per_group_with_spring_kafka_suffixes() {
        assertThat(RetryPolicy.retryTopic("payment-service", 2)).isEqualTo("payment-service-retry-2");
        assertThat(RetryPolicy.deadLetterTopic("payment-service")).isEqualTo("payment-service-dlt");
    }

    @Test
    void more_attempts_than_backoffs_allow_is_refused_with_the_range() {
        assertThatThrownBy(() -> new RetryPolicy(RetryPolicy.DEFAULT_BACKOFFS, 1.0, 7))
                .hasMessage("maxAttempts 7 is out of range: allowed 1 to 6 with 5 backoffs");
        assertThatThrownBy(() -> RetryPolicy.defaults(0))
                .hasMessage("retry scale 0.0 is out of range: allowed (0, 1000]");
    }
}
