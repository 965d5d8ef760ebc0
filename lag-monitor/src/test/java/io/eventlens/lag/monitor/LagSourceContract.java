package io.eventlens.lag.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.eventlens.catalog.testing.MovableClock;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.source.SourceState;
import io.eventlens.lag.status.Status;
import io.eventlens.lag.status.StatusRules;
import io.eventlens.lag.time.LagSeconds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same scenarios against every backend: a subclass gives a real source and a way to produce,
 * consume and reset on it. Groups here have no live consumer (Kafka: offsets committed by the admin
 * client; Redis: consumers count as attached for 0 ms), so a group that does not move is STOP.
 */
public abstract class LagSourceContract {

    protected final String topic = "lag-it-" + UUID.randomUUID();
    protected final String group = "group-" + UUID.randomUUID();
    private final MovableClock clock = MovableClock.fromNow();
    private LagMonitor monitor;

    protected abstract LagSource source();

    protected abstract LagSource unreachableSource();

    /** Creates the topic or stream and a group on it at its start, with no consumer. */
    protected abstract void createTopicAndGroup();

    /** Produces {@code count} messages and returns when each was written (epoch ms), in order. */
    protected abstract List<Long> produce(int count);

    /** The group processes (commits, acknowledges) {@code count} more messages. */
    protected abstract void consume(int count);

    /** The group's position goes back to the start of the topic or stream. */
    protected abstract void resetToStart();

    @BeforeEach
    void monitor() {
        createTopicAndGroup();
        monitor = new LagMonitor(List.of(source()), new StatusRules(3, Duration.ZERO, 0, 1.0), 60, clock);
    }

    @AfterEach
    void close() {
        monitor.close();
    }

    private GroupLag poll() {
        LagReport report = monitor.poll();
        assertThat(report.sources())
                .singleElement()
                .satisfies(
                        source -> assertThat(source.state()).as(source.reason()).isEqualTo(SourceState.UP));
        return report.groups().stream()
                .filter(g -> g.group().equals(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("group " + group + " not in " + report.groups()));
    }

    @Test
    void a_group_that_processed_nothing_lags_by_everything_produced() {
        produce(5);

        GroupLag lag = poll();
        assertThat(lag.totalLag()).isEqualTo(5);
        assertThat(lag.partitions()).singleElement().satisfies(partition -> {
            assertThat(partition.topic()).isEqualTo(topic);
            assertThat(partition.lag()).isEqualTo(5L);
        });
    }

    @Test
    void a_group_that_processed_everything_is_ok_with_no_lag_in_messages_or_seconds() {
        produce(4);
        consume(4);

        GroupLag lag = poll();
        assertThat(lag.totalLag()).isZero();
        assertThat(lag.status()).isEqualTo(Status.OK);
        assertThat(lag.partitions().get(0).lagSeconds()).isEqualTo(new LagSeconds.Known(0));
    }

    @Test
    void a_group_that_stops_while_messages_keep_coming_goes_stop() {
        for (int step = 0; step < 3; step++) {
            produce(2);
            consume(2);
            poll();
            clock.advance(Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(10));
        GroupLag lag = null;
        for (int step = 0; step < 3; step++) {
            produce(2);
            lag = poll();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(lag.status()).isEqualTo(Status.ERR);
        assertThat(lag.partitions().get(0).status()).isEqualTo(Status.STOP);
        assertThat(lag.reason()).contains("STOP: committed offset has not moved for");
    }

    @Test
    void a_group_reset_to_the_start_goes_rewind() {
        for (int step = 0; step < 2; step++) {
            produce(5);
            consume(5);
            poll();
            clock.advance(Duration.ofSeconds(1));
        }
        resetToStart();

        GroupLag lag = poll();
        assertThat(lag.partitions().get(0).status()).isEqualTo(Status.REWIND);
        assertThat(lag.partitions().get(0).lag()).isEqualTo(10L);
    }

    @Test
    void lag_in_seconds_is_within_ten_percent_of_the_true_age_of_the_oldest_unprocessed_message() {
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            written.addAll(produce(1));
            poll();
        }
        consume(5);
        clock.advance(Duration.ofSeconds(20));

        GroupLag lag = poll();
        double trueAge = (clock.millis() - written.get(5)) / 1000.0;
        assertThat(lag.partitions().get(0).lagSeconds().orNull()).isCloseTo(trueAge, within(trueAge * 0.1));
    }

    @Test
    void a_source_that_cannot_be_reached_shows_down_with_the_reason_and_polling_goes_on() {
        try (LagMonitor broken = new LagMonitor(List.of(unreachableSource()), StatusRules.DEFAULTS, 10, clock)) {
            LagReport first = broken.poll();
            LagReport second = broken.poll();

            assertThat(second.sources()).singleElement().satisfies(source -> {
                assertThat(source.state()).isEqualTo(SourceState.DOWN);
                assertThat(source.reason()).isNotBlank();
            });
            assertThat(second.at()).isAfterOrEqualTo(first.at());
        }
    }
}
