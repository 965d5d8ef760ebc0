package io.eventlens.lag.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Reads the lag history for charts (bucketed so a week stays a few hundred points per series) and the
 * status changes; records status changes.
 */
public final class LagHistoryQueries {

    /** Points per series, at most. */
    public static final int BUCKETS = 240;

    private final DataSource dataSource;

    public LagHistoryQueries(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The group's lag over {@code range} before {@code now}: series "total" (the sum over partitions)
     * and one per partition, each point the largest value in its bucket.
     */
    public List<LagPoint> series(String backend, String group, Duration range, Instant now) {
        long bucket = Math.max(1_000, range.toMillis() / BUCKETS);
        long from = now.minus(range).toEpochMilli();
        String partitions = "SELECT sampled_ms / " + bucket + " AS b, topic, partition_no, MAX(lag), MAX(lag_seconds)"
                + " FROM lag_sample WHERE backend = ? AND group_name = ? AND sampled_ms >= ?"
                + " GROUP BY sampled_ms / " + bucket + ", topic, partition_no ORDER BY 1, 2, 3";
        String total = "SELECT b, MAX(s), MAX(sec) FROM (SELECT sampled_ms / " + bucket + " AS b, SUM(lag) AS s,"
                + " MAX(lag_seconds) AS sec FROM lag_sample WHERE backend = ? AND group_name = ? AND sampled_ms >= ?"
                + " GROUP BY sampled_ms) t GROUP BY b ORDER BY b";
        return Sql.inTransaction(dataSource, "reading the lag history of " + group, connection -> {
            List<LagPoint> points = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(total)) {
                bind(select, backend, group, from);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        points.add(point("total", rows.getLong(1) * bucket, rows.getLong(2), seconds(rows, 3)));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(partitions)) {
                bind(select, backend, group, from);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String name =
                                "redis".equals(backend) ? rows.getString(2) : rows.getString(2) + "-" + rows.getInt(3);
                        points.add(point(name, rows.getLong(1) * bucket, rows.getLong(4), seconds(rows, 5)));
                    }
                }
            }
            return points;
        });
    }

    /** Records a status change of a group. */
    public void recordChange(StatusChange change) {
        Sql.inTransaction(dataSource, "recording a status change of " + change.group(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lag_status_change"
                    + " (backend, group_name, changed_ms, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, change.backend());
                insert.setString(2, change.group());
                insert.setLong(3, change.at().toEpochMilli());
                insert.setString(4, change.from());
                insert.setString(5, change.to());
                insert.setString(
                        6, change.reason().length() > 2000 ? change.reason().substring(0, 2000) : change.reason());
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** The group's status changes, newest first. */
    public List<StatusChange> changes(String backend, String group, int limit) {
        return Sql.inTransaction(dataSource, "reading the status changes of " + group, connection -> {
            List<StatusChange> changes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT changed_ms, from_status, to_status,"
                    + " reason FROM lag_status_change WHERE backend = ? AND group_name = ?"
                    + " ORDER BY changed_ms DESC, id DESC LIMIT " + Math.max(1, limit))) {
                select.setString(1, backend);
                select.setString(2, group);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        changes.add(new StatusChange(
                                backend,
                                group,
                                Instant.ofEpochMilli(rows.getLong(1)),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4)));
                    }
                }
            }
            return changes;
        });
    }

    private static void bind(PreparedStatement select, String backend, String group, long from) throws SQLException {
        select.setString(1, backend);
        select.setString(2, group);
        select.setLong(3, from);
    }

    private static Double seconds(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static LagPoint point(String series, long at, long lag, Double seconds) {
        return new LagPoint(series, Instant.ofEpochMilli(at), lag, seconds);
    }
}
