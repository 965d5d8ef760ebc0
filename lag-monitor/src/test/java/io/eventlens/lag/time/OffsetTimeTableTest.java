package io.eventlens.lag.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OffsetTimeTableTest {

    @Test
    void the_age_is_interpolated_between_the_two_points_around_the_offset() {
        OffsetTimeTable table = new OffsetTimeTable(10);
        table.add(0, 0);
        table.add(100, 10_000);
        table.add(200, 20_000);

        assertThat(table.lagOf(149, 30_000)).isEqualTo(new LagSeconds.Known(15.0));
    }

    @Test
    void a_group_at_the_log_end_has_no_lag_in_seconds() {
        OffsetTimeTable table = new OffsetTimeTable(10);
        table.add(50, 1_000);
        table.add(60, 2_000);

        assertThat(table.lagOf(60, 9_000)).isEqualTo(new LagSeconds.Known(0));
    }

    @Test
    void a_group_behind_the_oldest_point_is_beyond_the_window_never_extrapolated() {
        OffsetTimeTable table = new OffsetTimeTable(3);
        for (int i = 1; i <= 5; i++) {
            table.add(i * 1_000L, i * 1_000L);
        }
        assertThat(table.lagOf(10, 6_000)).isEqualTo(new LagSeconds.BeyondWindow(Duration.ofSeconds(3)));
        assertThat(table.lagOf(10, 6_000).text()).isEqualTo("> 3 s (the window)");
    }

    @Test
    void a_flat_line_keeps_its_first_and_last_point_only() {
        OffsetTimeTable table = new OffsetTimeTable(10);
        table.add(10, 1_000);
        for (int i = 2; i <= 8; i++) {
            table.add(10, i * 1_000L);
        }
        table.add(20, 9_000);

        assertThat(table.size()).isEqualTo(3);
        assertThat(table.lagOf(10, 10_000)).isEqualTo(new LagSeconds.Known(1.9));
    }

    @Test
    void an_empty_table_says_the_lag_is_unknown_and_why() {
        assertThat(new OffsetTimeTable(5).lagOf(3, 1_000).text()).isEqualTo("unknown: no log end sample yet");
    }
}
