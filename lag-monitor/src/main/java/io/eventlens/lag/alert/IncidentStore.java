package io.eventlens.lag.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Open incidents in the database ({@code lag_incident}), so that of several EventLens instances on
 * one database exactly one opens, and one closes, each incident: the open one holds a unique
 * {@code open_key}; opening is a MERGE that inserts only when no open incident has that key (works on
 * H2 and PostgreSQL), closing an UPDATE that only one caller can win.
 */
public final class IncidentStore {

    private static final String OPEN = "MERGE INTO lag_incident t USING (VALUES (CAST(? AS VARCHAR(36)),"
            + " CAST(? AS VARCHAR(530)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(512)), CAST(? AS VARCHAR(8)),"
            + " CAST(? AS VARCHAR(2000)), CAST(? AS BIGINT))) AS s (id, open_key, backend, group_name, status,"
            + " reason, opened_ms) ON t.open_key = s.open_key WHEN NOT MATCHED THEN INSERT (id, open_key, backend,"
            + " group_name, status, reason, opened_ms) VALUES (s.id, s.open_key, s.backend, s.group_name, s.status,"
            + " s.reason, s.opened_ms)";

    private final DataSource dataSource;

    public IncidentStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Opens the group's incident; empty when one is open already (here or in another instance). */
    public Optional<Incident> open(String backend, String group, String status, String reason, Instant at) {
        Incident incident = new Incident(
                UUID.randomUUID().toString(),
                backend,
                group,
                status,
                reason.length() > 2000 ? reason.substring(0, 2000) : reason,
                at);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement merge = connection.prepareStatement(OPEN)) {
            merge.setString(1, incident.id());
            merge.setString(2, key(backend, group));
            merge.setString(3, backend);
            merge.setString(4, group);
            merge.setString(5, status);
            merge.setString(6, incident.reason());
            merge.setLong(7, at.toEpochMilli());
            return merge.executeUpdate() == 1 ? Optional.of(incident) : Optional.empty();
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return Optional.empty(); // another instance inserted it between our check and our insert
            }
            throw new IllegalStateException("opening the lag incident of " + group + " failed: " + e.getMessage(), e);
        }
    }

    /** Closes the group's open incident; empty when none is open or another instance closed it first. */
    public Optional<Incident> close(String backend, String group, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            Incident open = find(connection, backend, group);
            if (open == null) {
                return Optional.empty();
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE lag_incident SET open_key = NULL,"
                    + " closed_ms = ? WHERE id = ? AND open_key IS NOT NULL")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, open.id());
                return update.executeUpdate() == 1 ? Optional.of(open) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("closing the lag incident of " + group + " failed: " + e.getMessage(), e);
        }
    }

    private static Incident find(Connection connection, String backend, String group) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, status, reason, opened_ms FROM lag_incident WHERE open_key = ?")) {
            select.setString(1, key(backend, group));
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? new Incident(
                                row.getString(1),
                                backend,
                                group,
                                row.getString(2),
                                row.getString(3),
                                Instant.ofEpochMilli(row.getLong(4)))
                        : null;
            }
        }
    }

    private static String key(String backend, String group) {
        return backend + "/" + group;
    }
}
