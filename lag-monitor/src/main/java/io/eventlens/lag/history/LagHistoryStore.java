package io.eventlens.lag.history;

import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagListener;
import io.eventlens.lag.monitor.LagReport;
import io.eventlens.lag.monitor.PartitionLag;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Keeps every cycle's lag per group partition in the tables of {@code db/migration/lag-monitor}, and
 * deletes what is older than the retention. One cycle is one transaction.
 */
public final class LagHistoryStore implements LagListener {

    private static final String INSERT = "INSERT INTO lag_sample (backend, group_name, topic, partition_no,"
            + " sampled_ms, lag, lag_seconds, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int PURGE_EVERY = 60;

    private final DataSource dataSource;
    private final Duration retention;
    private final Clock clock;
    private int cycles;

    /** @param retention samples and status changes older than this are deleted */
    public LagHistoryStore(DataSource dataSource, Duration retention, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("lag history retention is " + retention + ": it must be positive");
        }
    }

    @Override
    public void onReport(LagReport report) {
        record(report);
        if (cycles++ % PURGE_EVERY == 0) {
            purge();
        }
    }

    /** Stores the report's samples. */
    public void record(LagReport report) {
        Sql.inTransaction(dataSource, "storing lag samples", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (GroupLag group : report.groups()) {
                    for (PartitionLag partition : group.partitions()) {
                        bind(insert, report, group, partition);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement insert, LagReport report, GroupLag group, PartitionLag partition)
            throws SQLException {
        insert.setString(1, group.backend());
        insert.setString(2, group.group());
        insert.setString(3, partition.topic());
        insert.setInt(4, partition.partition());
        insert.setLong(5, report.at().toEpochMilli());
        if (partition.lag() == null) {
            insert.setNull(6, Types.BIGINT);
        } else {
            insert.setLong(6, partition.lag());
        }
        Double seconds = partition.lagSeconds().orNull();
        if (seconds == null) {
            insert.setNull(7, Types.DOUBLE);
        } else {
            insert.setDouble(7, seconds);
        }
        insert.setString(8, partition.status().name());
    }

    /** Deletes samples and status changes older than the retention; returns how many rows went. */
    public int purge() {
        long before = clock.instant().minus(retention).toEpochMilli();
        return Sql.inTransaction(dataSource, "deleting old lag history", connection -> {
            int deleted = 0;
            for (String sql : new String[] {
                "DELETE FROM lag_sample WHERE sampled_ms < ?", "DELETE FROM lag_status_change WHERE changed_ms < ?"
            }) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    delete.setLong(1, before);
                    deleted += delete.executeUpdate();
                }
            }
            return deleted;
        });
    }
}
