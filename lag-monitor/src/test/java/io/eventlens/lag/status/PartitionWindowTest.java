package io.eventlens.lag.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionWindowTest {

    private static final StatusRules RULES = new StatusRules(5, Duration.ZERO, 0, 1.0);
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private final PartitionWindow window = new PartitionWindow(RULES, true);

    private void poll(int second, long offset, long logEnd, boolean owned) {
        window.observe(T0.plusSeconds(second), offset, logEnd, logEnd - offset, owned);
    }

    private Evaluation at(int second, long lag) {
        return window.evaluate(T0.plusSeconds(second), lag);
    }

    @Test
    void a_window_not_yet_full_enough_is_ok_and_says_how_full() {
        poll(0, 10, 20, true);
        poll(1, 10, 30, true);

        assertThat(at(1, 20))
                .isEqualTo(new Evaluation(Status.OK, "not enough samples to judge yet (2 of 5, minimum-complete 1.0)"));
    }

    @Test
    void a_consumer_at_the_log_end_is_ok_whatever_the_window_holds() {
        for (int i = 0; i < 5; i++) {
            poll(i, 10, 10 + i * 5, true);
        }
        assertThat(at(5, 0).status()).isEqualTo(Status.OK);
        assertThat(at(5, 0).reason()).isEqualTo("caught up");
    }

    @Test
    void an_attached_consumer_that_does_not_move_while_lag_stays_is_stall() {
        for (int i = 0; i < 5; i++) {
            poll(i, 10, 20 + i * 100, true);
        }
        Evaluation evaluation = at(5, 410);

        assertThat(evaluation.status()).isEqualTo(Status.STALL);
        assertThat(evaluation.reason())
                .isEqualTo("committed offset has not moved in 5 samples while the log end"
                        + " moved 400 messages (lag 10 to 410); a consumer is attached but makes no progress");
    }

    @Test
    void a_detached_consumer_idle_longer_than_the_window_spans_is_stop() {
        for (int i = 0; i < 5; i++) {
            poll(i * 2, i * 10, i * 10 + 5, false);
        }
        for (int t = 20; t <= 30; t += 2) {
            poll(t, 40, 50 + (t - 20) * 10, false); // position unchanged, no member: no sample stored
        }

        Evaluation evaluation = at(30, 110);
        assertThat(evaluation.status()).isEqualTo(Status.STOP);
        assertThat(evaluation.reason())
                .isEqualTo("committed offset has not moved for 22 s, longer than the window"
                        + " spans (8 s), while the log end moved 80 messages (lag now 110); no consumer is attached");
    }

    @Test
    void a_stopped_consumer_that_had_caught_up_recently_is_not_stop() {
        for (int i = 0; i < 5; i++) {
            poll(i, i * 10, i * 10, false);
        }
        poll(30, 40, 41, false);

        assertThat(at(30, 1).status()).isEqualTo(Status.OK);
    }

    @Test
    void a_moving_consumer_whose_lag_never_goes_down_is_warn() {
        for (int i = 0; i < 5; i++) {
            poll(i, i * 10, i * 30 + 5, true);
        }
        Evaluation evaluation = at(4, 85);

        assertThat(evaluation.status()).isEqualTo(Status.WARN);
        assertThat(evaluation.reason())
                .isEqualTo("lag grew or held in each of 5 samples (from 5 to 85) although"
                        + " the committed offset moved: the consumer is not keeping up");
    }

    @Test
    void a_moving_consumer_whose_lag_went_down_once_is_ok() {
        long[] logEnds = {10, 20, 22, 40, 60};
        for (int i = 0; i < 5; i++) {
            poll(i, i * 5, logEnds[i], true);
        }
        assertThat(at(4, 40).status()).isEqualTo(Status.OK);
    }

    @Test
    void an_offset_that_went_back_and_stayed_back_is_rewind() {
        long[] offsets = {100, 110, 120, 5, 8};
        for (int i = 0; i < 5; i++) {
            poll(i, offsets[i], 130, false);
        }
        Evaluation evaluation = at(4, 122);

        assertThat(evaluation.status()).isEqualTo(Status.REWIND);
        assertThat(evaluation.reason()).startsWith("committed offset went back (lag 10 to 125)");
    }

    @Test
    void a_rewind_that_came_back_past_where_it_was_is_forgiven() {
        long[] offsets = {100, 110, 20, 115, 125};
        long[] logEnds = {130, 131, 132, 133, 134};
        for (int i = 0; i < 5; i++) {
            poll(i, offsets[i], logEnds[i], true);
        }
        assertThat(at(4, 9).status()).isNotEqualTo(Status.REWIND);
    }

    @Test
    void samples_closer_than_min_distance_replace_the_newest_and_keep_its_time() {
        PartitionWindow distant = new PartitionWindow(new StatusRules(5, Duration.ofSeconds(10), 0, 1.0), true);
        for (int i = 0; i < 20; i++) {
            distant.observe(T0.plusSeconds(i), i, 100, 100 - i, true);
        }
        assertThat(distant.size()).isEqualTo(2);
    }

    @Test
    void settings_outside_their_range_are_refused_with_the_allowed_range() {
        assertThatThrownBy(() -> new StatusRules(5, Duration.ZERO, 0, 1.5))
                .hasMessage("minimum-complete is 1.5: allowed is 0.0 to 1.0 (a fraction of the window)");
        assertThatThrownBy(() -> new StatusRules(1, Duration.ZERO, 0, 1))
                .hasMessage("intervals is 1: at least 2 samples are needed");
    }

    @Test
    void a_group_rolls_up_stop_stall_and_rewind_to_err_naming_the_worst_partition() {
        Evaluation rolled = GroupRollup.of(List.of(
                Map.entry("orders-0", new Evaluation(Status.WARN, "slow")),
                Map.entry("orders-1", new Evaluation(Status.STOP, "stopped"))));

        assertThat(rolled).isEqualTo(new Evaluation(Status.ERR, "orders-1 STOP: stopped (and 1 more not OK)"));
    }
}
