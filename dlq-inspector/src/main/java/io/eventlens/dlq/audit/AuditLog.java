package io.eventlens.dlq.audit;

import io.eventlens.dlq.jobs.JobStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The audit of replays and fixes over plain JDBC ({@code dlq_audit}); entries are only ever added. */
public final class AuditLog {

    private static final String COLUMNS = "id, at, actor, action, queue, job_id, what, target, record_count, outcome,"
            + " original_payload, fixed_payload";

    private final DataSource dataSource;
    private final Clock clock;

    public AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Adds an entry stamped now. */
    public void record(
            String actor,
            AuditEntry.Action action,
            String queue,
            String jobId,
            String what,
            String target,
            long count,
            String outcome,
            String originalPayload,
            String fixedPayload) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("INSERT INTO dlq_audit (at, actor, action, queue, job_id, what,"
                                + " target, record_count, outcome, original_payload, fixed_payload)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {
                Timestamp.from(clock.instant()),
                actor,
                action.name(),
                queue,
                jobId,
                what,
                target,
                count,
                outcome,
                originalPayload,
                fixedPayload
            };
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new JobStoreException("cannot write the DLQ audit: " + e.getMessage(), e);
        }
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM dlq_audit ORDER BY id DESC LIMIT " + Math.max(1, limit));
    }

    /** A job's entries, oldest first. */
    public List<AuditEntry> forJob(String jobId) {
        return query("SELECT " + COLUMNS + " FROM dlq_audit WHERE job_id = ? ORDER BY id", jobId);
    }

    private List<AuditEntry> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(new AuditEntry(
                            r.getLong("id"),
                            r.getTimestamp("at").toInstant(),
                            r.getString("actor"),
                            AuditEntry.Action.valueOf(r.getString("action")),
                            r.getString("queue"),
                            r.getString("job_id"),
                            r.getString("what"),
                            r.getString("target"),
                            r.getLong("record_count"),
                            r.getString("outcome"),
                            r.getString("original_payload"),
                            r.getString("fixed_payload")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new JobStoreException("cannot read the DLQ audit: " + e.getMessage(), e);
        }
    }
}
