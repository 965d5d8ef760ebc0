package io.eventlens.catalog.history;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadedDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Stores a snapshot of each loaded document whose content differs from its source's latest
 * snapshot, over plain JDBC (tables of {@code db/migration/catalog}). One call is one transaction:
 * all its snapshots are stored or none; documents that failed to load store nothing.
 */
public final class SnapshotStore {

    private static final String COLUMNS = "id, source, content_sha256, asyncapi_version, loaded_at, content";

    private final DataSource dataSource;
    private final Clock clock;

    public SnapshotStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the documents of a load that loaded and changed; returns the snapshots stored. */
    public List<Snapshot> record(CatalogLoad load) {
        return record(load.documents().stream()
                .filter(DocumentLoad::loaded)
                .map(DocumentLoad::document)
                .toList());
    }

    /** Records these documents (those unchanged since their latest snapshot are skipped). */
    public List<Snapshot> record(List<LoadedDocument> documents) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Snapshot> stored = new ArrayList<>();
                for (LoadedDocument document : documents) {
                    storeIfChanged(connection, document).ifPresent(stored::add);
                }
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new SnapshotStoreException(
                    "cannot store catalog snapshots (nothing was stored): " + e.getMessage(), e);
        }
    }

    /** Every snapshot of a source, oldest first. */
    public List<Snapshot> history(String source) {
        return query("SELECT " + COLUMNS + " FROM catalog_document_snapshot WHERE source = ? ORDER BY id", source);
    }

    public Optional<Snapshot> latest(String source) {
        List<Snapshot> all = history(source);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<Snapshot> byId(long id) {
        return query("SELECT " + COLUMNS + " FROM catalog_document_snapshot WHERE id = ?", id).stream()
                .findFirst();
    }

    /** The names of every source with a snapshot, sorted. */
    public List<String> sources() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT source FROM catalog_document_snapshot ORDER BY source");
                ResultSet rows = select.executeQuery()) {
            List<String> sources = new ArrayList<>();
            while (rows.next()) {
                sources.add(rows.getString(1));
            }
            return sources;
        } catch (SQLException e) {
            throw new SnapshotStoreException("cannot read catalog snapshots: " + e.getMessage(), e);
        }
    }

    private Optional<Snapshot> storeIfChanged(Connection connection, LoadedDocument document) throws SQLException {
        String content = CanonicalJson.write(document.tree());
        String sha = CanonicalJson.sha256(content);
        if (sha.equals(latestSha(connection, document.name()))) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO catalog_document_snapshot"
                        + " (source, content_sha256, asyncapi_version, loaded_at, content) VALUES (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, document.name());
            insert.setString(2, sha);
            insert.setString(3, document.version());
            insert.setTimestamp(4, now);
            insert.setString(5, content);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return Optional.of(new Snapshot(
                        keys.getLong(1), document.name(), sha, document.version(), now.toInstant(), content));
            }
        }
    }

    private static String latestSha(Connection connection, String source) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_sha256 FROM catalog_document_snapshot WHERE source = ? ORDER BY id DESC")) {
            select.setMaxRows(1);
            select.setString(1, source);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private List<Snapshot> query(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<Snapshot> snapshots = new ArrayList<>();
                while (rows.next()) {
                    snapshots.add(new Snapshot(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getTimestamp(5).toInstant(),
                            rows.getString(6)));
                }
                return snapshots;
            }
        } catch (SQLException e) {
            throw new SnapshotStoreException("cannot read catalog snapshots: " + e.getMessage(), e);
        }
    }
}
