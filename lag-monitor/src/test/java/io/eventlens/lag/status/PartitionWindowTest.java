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

    /** A group that committed once and lost its members: one sample ever, yet STOP once stopped-after passed. */
    @Test
    void a_group_without_members_that_committed_once_and_falls_behind_is_stop_after_stopped_after() {
        PartitionWindow once = new PartitionWindow(RULES, true); // default stopped-after: 5 min
        long logEnd = 120;
        for (int second = 0; second < 300; second += 5) {
            once.observe(T0.plusSeconds(second), 120, logEnd, logEnd - 120, false);
            logEnd += 20;
        }
        assertThat(once.size()).isEqualTo(1);
        assertThat(once.evaluate(T0.plusSeconds(295), logEnd - 20 - 120))
                .isEqualTo(new Evaluation(Status.OK, "not enough samples to judge yet (1 of 5, minimum-complete 1.0)"));

        once.observe(T0.plusSeconds(300), 120, logEnd, logEnd - 120, false);

        assertThat(once.evaluate(T0.plusSeconds(300), logEnd - 120))
                .isEqualTo(new Evaluation(
                        Status.STOP,
                        "no members, committed offset unchanged for 5 min while 1,200 records arrived"
                                + " (lag now 1,200)"));
    }

    @Test
    void a_group_without_members_at_the_log_end_stays_ok() {
        PartitionWindow caughtUp = new PartitionWindow(RULES, true);
        for (int second = 0; second <= 900; second += 5) {
            caughtUp.observe(T0.plusSeconds(second), 500, 500, 0, false);
        }
        assertThat(caughtUp.evaluate(T0.plusSeconds(900), 0).status()).isEqualTo(Status.OK);
    }

    @Test
    void a_group_without_members_behind_a_log_end_that_does_not_move_is_not_stopped_by_this_rule() {
        PartitionWindow quiet = new PartitionWindow(RULES, true);
        for (int second = 0; second <= 900; second += 5) {
            quiet.observe(T0.plusSeconds(second), 500, 530, 30, false);
        }
        assertThat(quiet.evaluate(T0.plusSeconds(900), 30).status()).isEqualTo(Status.OK);
    }

    @Test
    void the_time_counts_from_when_the_last_member_left_not_from_the_last_commit() {
        PartitionWindow window =
                new PartitionWindow(new StatusRules(5, Duration.ZERO, 0, 1.0, Duration.ofMinutes(2)), true);
        // a member owns the partition for 10 minutes without moving (STALL territory), then leaves
        for (int second = 0; second <= 600; second += 60) {
            window.observe(T0.plusSeconds(second), 100, 100 + second, second, true);
        }
        window.observe(T0.plusSeconds(660), 100, 760, 660, false);
        window.observe(T0.plusSeconds(719), 100, 819, 719, false);
        assertThat(window.evaluate(T0.plusSeconds(719), 719).reason()).doesNotContain("no members");

        window.observe(T0.plusSeconds(780), 100, 880, 780, false);

        assertThat(window.evaluate(T0.plusSeconds(780), 780))
                .isEqualTo(new Evaluation(
                        Status.STOP,
                        "no members for 2 min, committed offset unchanged for 13 min while 780 records arrived"
                                + " (lag now 780)"));
    }

    @Test
    void a_member_coming_back_or_the_position_moving_restarts_the_time() {
        PartitionWindow window =
                new PartitionWindow(new StatusRules(5, Duration.ZERO, 0, 1.0, Duration.ofMinutes(2)), true);
        window.observe(T0, 100, 100, 0, false);
        window.observe(T0.plusSeconds(100), 100, 200, 100, false);
        window.observe(T0.plusSeconds(110), 100, 210, 110, true); // a member polled once
        window.observe(T0.plusSeconds(200), 100, 300, 200, false);
        assertThat(window.evaluate(T0.plusSeconds(200), 200).status()).isEqualTo(Status.OK);
        window.observe(T0.plusSeconds(220), 150, 320, 170, false); // a commit moved it
        window.observe(T0.plusSeconds(300), 150, 400, 250, false);
        assertThat(window.evaluate(T0.plusSeconds(300), 250).status()).isEqualTo(Status.OK);

        window.observe(T0.plusSeconds(340), 150, 440, 290, false);

        assertThat(window.evaluate(T0.plusSeconds(340), 290).status()).isEqualTo(Status.STOP);
    }

    @Test
    void a_redis_group_without_an_active_consumer_says_entries_arrived_with_the_lag_then_and_now() {
        PartitionWindow stream = new PartitionWindow(RULES, false);
        stream.observe(T0, 1_000_000, 1_000_500, 3, false);
        stream.observe(T0.plusSeconds(400), 1_000_000, 1_900_000, 40, false);

        assertThat(stream.evaluate(T0.plusSeconds(400), 40))
                .isEqualTo(new Evaluation(
                        Status.STOP,
                        "no active consumer, acknowledged position unchanged for 6 min while entries arrived"
                                + " (lag 3 then, 40 now)"));
    }

    @Test
    void settings_outside_their_range_are_refused_with_the_allowed_range() {
        assertThatThrownBy(() -> new StatusRules(5, Duration.ZERO, 0, 1.0, Duration.ZERO))
                .hasMessage("stopped-after is PT0S: it must be longer than zero");
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
