package io.eventlens.dlq.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.dlq.discovery.Backend;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Replay jobs over plain JDBC (tables of {@code db/migration/dlq-inspector}), on H2 and PostgreSQL.
 * One active job per queue is held by the primary key of {@code dlq_active_job}, inserted in the
 * same transaction as the job, so two EventLens instances sharing the database cannot both start one.
 */
public final class JobStore {

    private static final String COLUMNS = "id, queue, backend, status, selection, target, rate, requested_by,"
            + " created_at, updated_at, owner, to_move, moved, failed, parked, resumes, end_offsets, message";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final Clock clock;

    public JobStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Stores a new RUNNING job and takes the queue's active slot.
     *
     * @throws JobConflictException when the queue already has an active job (nothing is stored)
     */
    public ReplayJob create(ReplayJob job) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement slot =
                        c.prepareStatement("INSERT INTO dlq_active_job (queue, job_id) VALUES (?, ?)")) {
                    slot.setString(1, job.queue());
                    slot.setString(2, job.id());
                    slot.executeUpdate();
                }
                insert(c, job);
                c.commit();
                return job;
            } catch (SQLException e) {
                c.rollback();
                if ("23505".equals(e.getSQLState())) {
                    throw new JobConflictException(
                            job.queue(), activeJob(job.queue()).orElse("another job"));
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new JobStoreException("cannot store replay job for " + job.queue() + ": " + e.getMessage(), e);
        }
    }

    public Optional<ReplayJob> get(String id) {
        List<ReplayJob> jobs = query("SELECT " + COLUMNS + " FROM dlq_replay_job WHERE id = ?", id);
        return jobs.stream().findFirst();
    }

    /** The newest jobs first, at most {@code limit}. */
    public List<ReplayJob> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM dlq_replay_job ORDER BY created_at DESC LIMIT " + Math.max(1, limit));
    }

    public Optional<String> activeJob(String queue) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT job_id FROM dlq_active_job WHERE queue = ?")) {
            s.setString(1, queue);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new JobStoreException("cannot read active jobs: " + e.getMessage(), e);
        }
    }

    /** Counters after a committed batch; also the runner's heartbeat. */
    public void progress(String id, long moved, long failed, long parked) {
        update(
                "UPDATE dlq_replay_job SET moved = ?, failed = ?, parked = ?, updated_at = ?, heartbeat_at "
                        + "= ? WHERE id = ?",
                moved,
                failed,
                parked,
                now(),
                now(),
                id);
    }

    public void heartbeat(String id) {
        update("UPDATE dlq_replay_job SET heartbeat_at = ? WHERE id = ?", now(), id);
    }

    /** Asks a running job to stop after its current batch; false when it is not running. */
    public boolean requestCancel(String id) {
        return update(
                        "UPDATE dlq_replay_job SET status = 'CANCELLING', updated_at = ? WHERE id = ? AND "
                                + "status = 'RUNNING'",
                        now(),
                        id)
                == 1;
    }

    /** Ends a job and frees its queue's slot, in one transaction. */
    public void finish(String id, JobStatus status, String message) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                            "UPDATE dlq_replay_job SET status = ?, message = ?, updated_at = ? WHERE id = ?");
                    PreparedStatement free = c.prepareStatement("DELETE FROM dlq_active_job WHERE job_id = ?")) {
                s.setString(1, status.name());
                s.setString(2, message);
                s.setTimestamp(3, now());
                s.setString(4, id);
                s.executeUpdate();
                free.setString(1, id);
                free.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JobStoreException("cannot finish replay job " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes over active jobs whose runner has not beaten for {@code staleAfter}: each is claimed by
     * one conditional update, so of two instances trying at once only one gets it.
     */
    public List<ReplayJob> claimStale(String owner, Duration staleAfter) {
        List<ReplayJob> claimed = new ArrayList<>();
        Timestamp before = Timestamp.from(clock.instant().minus(staleAfter));
        for (ReplayJob job : query(
                "SELECT " + COLUMNS + " FROM dlq_replay_job WHERE status IN ('RUNNING', 'CANCELLING')"
                        + " AND heartbeat_at < ?",
                before)) {
            int won = update(
                    "UPDATE dlq_replay_job SET owner = ?, heartbeat_at = ?, resumes = resumes + 1"
                            + " WHERE id = ? AND heartbeat_at < ? AND status IN ('RUNNING', 'CANCELLING')",
                    owner,
                    now(),
                    job.id(),
                    before);
            if (won == 1) {
                get(job.id()).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    private void insert(Connection c, ReplayJob job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dlq_replay_job (" + COLUMNS
                + ", heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {
                job.id(),
                job.queue(),
                job.backend().name(),
                job.status().name(),
                json(job.selection()),
                job.target(),
                job.rate(),
                job.requestedBy(),
                ts(job.createdAt()),
                ts(job.updatedAt()),
                job.owner(),
                job.toMove(),
                job.moved(),
                job.failed(),
                job.parked(),
                job.resumes(),
                job.endOffsets(),
                job.message(),
                ts(job.createdAt())
            };
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private List<ReplayJob> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<ReplayJob> jobs = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    jobs.add(read(r));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new JobStoreException("cannot read replay jobs: " + e.getMessage(), e);
        }
    }

    private static ReplayJob read(ResultSet r) throws SQLException {
        return new ReplayJob(
                r.getString("id"),
                r.getString("queue"),
                Backend.valueOf(r.getString("backend")),
                JobStatus.valueOf(r.getString("status")),
                selection(r.getString("selection")),
                r.getString("target"),
                r.getInt("rate"),
                r.getString("requested_by"),
                r.getTimestamp("created_at").toInstant(),
                r.getTimestamp("updated_at").toInstant(),
                r.getString("owner"),
                r.getLong("to_move"),
                r.getLong("moved"),
                r.getLong("failed"),
                r.getLong("parked"),
                r.getInt("resumes"),
                r.getString("end_offsets"),
                r.getString("message"));
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new JobStoreException("cannot update replay jobs: " + e.getMessage(), e);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String json(Selection selection) {
        try {
            return JSON.writeValueAsString(selection);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a selection always writes as JSON", e);
        }
    }

    private static Selection selection(String json) {
        try {
            return JSON.readValue(json, Selection.class);
        } catch (JsonProcessingException e) {
            throw new JobStoreException("stored selection cannot be read: " + json, e);
        }
    }
}
