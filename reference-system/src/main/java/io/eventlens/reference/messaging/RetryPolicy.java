package io.eventlens.reference.messaging;

import java.time.Duration;
import java.util.List;

/**
 * Non-blocking retries: a failed record goes to retry topic 1, 2, ... with growing delays, and after
 * {@code maxAttempts} attempts in all (the first one included) to the dead-letter topic.
 *
 * @param backoffs the delay before each retry, before scaling
 * @param scale one factor for all delays (0.001 turns the default minutes into milliseconds for tests)
 * @param maxAttempts attempts including the first; at most {@code backoffs.size() + 1}
 */
public record RetryPolicy(List<Duration> backoffs, double scale, int maxAttempts) {

    /** 1 s, 5 s, 30 s, 2 min, 10 min. */
    public static final List<Duration> DEFAULT_BACKOFFS = List.of(
            Duration.ofSeconds(1),
            Duration.ofSeconds(5),
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10));

    public RetryPolicy {
        backoffs = List.copyOf(backoffs);
        if (!(scale > 0 && scale <= 1000)) {
            throw new IllegalArgumentException("retry scale " + scale + " is out of range: allowed (0, 1000]");
        }
        if (maxAttempts < 1 || maxAttempts > backoffs.size() + 1) {
            throw new IllegalArgumentException("maxAttempts " + maxAttempts + " is out of range: allowed 1 to "
                    + (backoffs.size() + 1) + " with " + backoffs.size() + " backoffs");
        }
    }

    public static RetryPolicy defaults(double scale) {
        return new RetryPolicy(DEFAULT_BACKOFFS, scale, DEFAULT_BACKOFFS.size() + 1);
    }

    /** Number of retry topics a consumer group needs. */
    public int retryTopics() {
        return maxAttempts - 1;
    }

    /** The delay before retry number {@code retry} (1-based), scaled. */
    public Duration delayBefore(int retry) {
        return Duration.ofNanos(Math.round(backoffs.get(retry - 1).toNanos() * scale));
    }

    /** {@code <group>-retry-<n>}: one chain per consumer group, so groups sharing a topic retry apart. */
    public static String retryTopic(String group, int retry) {
        return group + "-retry-" + retry;
    }

    /** {@code <group>-dlt}, Spring Kafka's suffix since 3.3. */
    public static String deadLetterTopic(String group) {
        return group + "-dlt";
    }
}
