package io.eventlens.web.dlq;

import io.eventlens.dlq.depth.QueueDepth;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code eventlens_dlq_depth} and {@code eventlens_dlq_oldest_age_seconds} per queue (labels {@code dlq},
 * {@code backend}; queues that vanish are dropped), and {@code eventlens_dlq_replayed_total} by outcome.
 */
@Component
class DlqMetrics {

    private final MeterRegistry registry;
    private final MultiGauge depth;
    private final MultiGauge oldestAge;

    DlqMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.depth = MultiGauge.builder("eventlens.dlq.depth")
                .description("Records held by a dead-letter queue")
                .register(registry);
        this.oldestAge = MultiGauge.builder("eventlens.dlq.oldest.age.seconds")
                .description("Age of the oldest record in a dead-letter queue")
                .register(registry);
        for (String outcome : List.of("moved", "failed", "parked")) {
            counter(outcome);
        }
    }

    void update(List<QueueDepth> depths) {
        depth.register(
                depths.stream().map(d -> MultiGauge.Row.of(tags(d), d.depth())).toList(), true);
        oldestAge.register(
                depths.stream()
                        .map(d -> MultiGauge.Row.of(tags(d), d.oldestAgeSeconds()))
                        .toList(),
                true);
    }

    void replayed(String outcome, long count) {
        if (count > 0) {
            counter(outcome).increment(count);
        }
    }

    private Counter counter(String outcome) {
        return Counter.builder("eventlens.dlq.replayed")
                .description("Dead-letter records replayed, by outcome (moved, failed, parked)")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static Tags tags(QueueDepth d) {
        return Tags.of("dlq", d.queue().name(), "backend", d.queue().backend().label());
    }
}
