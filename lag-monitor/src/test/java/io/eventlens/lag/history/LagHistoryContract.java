package io.eventlens.lag.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.lag.alert.Alerts;
import io.eventlens.lag.alert.IncidentStore;
import io.eventlens.lag.alert.Notifier;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagReport;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.status.Status;
import io.eventlens.lag.time.LagSeconds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The lag history on each database EventLens runs on. */
abstract class LagHistoryContract {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    abstract DataSource dataSource();

    private static LagReport report(Instant at, long lag0, long lag1) {
        PartitionLag p0 = partition(0, lag0);
        PartitionLag p1 = partition(1, lag1);
        GroupLag group = new GroupLag(
                "kafka", "billing", Status.OK, "ok", lag0 + lag1, Math.max(lag0, lag1), 2.0, false, List.of(p0, p1));
        return new LagReport(at, List.of(group), List.of(), Duration.ZERO, 0);
    }

    private static PartitionLag partition(int number, long lag) {
        return new PartitionLag(
                "orders", number, lag, new LagSeconds.Known(lag / 10.0), Status.OK, "ok", 1L, 1L + lag, "", null, null);
    }

    @Test
    void stored_samples_chart_as_a_total_and_one_series_per_partition() {
        LagHistoryStore store = new LagHistoryStore(dataSource(), Duration.ofDays(7), Clock.fixed(NOW, ZoneOffset.UTC));
        store.record(report(NOW.minusSeconds(600), 10, 5));
        store.record(report(NOW.minusSeconds(300), 40, 20));

        List<LagPoint> points =
                new LagHistoryQueries(dataSource()).series("kafka", "billing", Duration.ofHours(1), NOW);

        assertThat(points.stream().filter(p -> p.series().equals("total")).map(LagPoint::lag))
                .containsExactly(15L, 60L);
        assertThat(points.stream().filter(p -> p.series().equals("orders-0")).map(LagPoint::lag))
                .containsExactly(10L, 40L);
        assertThat(points.stream().filter(p -> p.series().equals("orders-1")).map(LagPoint::lagSeconds))
                .containsExactly(0.5, 2.0);
    }

    @Test
    void samples_older_than_the_retention_are_deleted() {
        LagHistoryStore store =
                new LagHistoryStore(dataSource(), Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));
        store.record(report(NOW.minus(Duration.ofHours(2)), 1, 1));
        store.record(report(NOW.minusSeconds(60), 3, 3));

        assertThat(store.purge()).isEqualTo(2);
        assertThat(new LagHistoryQueries(dataSource()).series("kafka", "billing", Duration.ofDays(1), NOW))
                .extracting(LagPoint::lag)
                .containsExactly(6L, 3L, 3L);
    }

    @Test
    void status_changes_read_back_newest_first() {
        LagHistoryQueries queries = new LagHistoryQueries(dataSource());
        queries.recordChange(new StatusChange("redis", "mailer", NOW.minusSeconds(60), null, "OK", "caught up"));
        queries.recordChange(new StatusChange("redis", "mailer", NOW, "OK", "ERR", "email-jobs STOP: idle"));

        assertThat(queries.changes("redis", "mailer", 10))
                .extracting(StatusChange::to, StatusChange::reason)
                .containsExactly(Tuple.tuple("ERR", "email-jobs STOP: idle"), Tuple.tuple("OK", "caught up"));
    }

    @Test
    void two_instances_on_one_database_send_an_incidents_open_and_close_once() {
        List<String> sent = new CopyOnWriteArrayList<>();
        Notifier recorder = alert -> sent.add(alert.event() + " " + alert.group() + " " + alert.status());
        Alerts first = new Alerts(new IncidentStore(dataSource()), List.of(recorder));
        Alerts second = new Alerts(new IncidentStore(dataSource()), List.of(recorder));
        GroupLag warn = group(Status.WARN);
        GroupLag err = group(Status.ERR);
        GroupLag ok = group(Status.OK);

        for (Alerts instance : List.of(first, second)) {
            instance.accept(new StatusChangeLog.GroupChange(Status.OK, warn, NOW));
            instance.accept(new StatusChangeLog.GroupChange(Status.WARN, err, NOW.plusSeconds(5)));
        }
        assertThat(sent).containsExactly("open billing WARN");
        for (Alerts instance : List.of(second, first)) {
            instance.accept(new StatusChangeLog.GroupChange(Status.ERR, ok, NOW.plusSeconds(10)));
        }
        assertThat(sent).containsExactly("open billing WARN", "close billing OK");
        first.accept(new StatusChangeLog.GroupChange(Status.OK, warn, NOW.plusSeconds(20)));
        assertThat(sent).hasSize(3).last().isEqualTo("open billing WARN");
    }

    private static GroupLag group(Status status) {
        return new GroupLag("kafka", "billing", status, "why", 10, 10, null, false, List.of());
    }
}
