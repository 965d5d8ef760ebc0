package io.eventlens.web.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The same migration scenarios on every database EventLens supports: one subclass per database. */
abstract class ModuleMigrationsContract {

    /** A fresh, empty database or schema for one test. */
    abstract DataSource freshDatabase() throws Exception;

    @Test
    void a_fresh_database_gets_every_modules_tables_and_history() throws Exception {
        DataSource db = freshDatabase();

        int applied = ModuleMigrations.migrate(db);

        assertThat(applied).isPositive();
        assertThat(rowCount(db, "flyway_history_catalog")).isPositive();
        for (ModuleMigrations.Module module : ModuleMigrations.MODULES) {
            assertThat(tableExists(db, "flyway_history_" + module.name().replace('-', '_')))
                    .as("history table of %s", module.name())
                    .isTrue();
        }
    }

    @Test
    void migrating_twice_applies_nothing_the_second_time() throws Exception {
        DataSource db = freshDatabase();
        ModuleMigrations.migrate(db);

        assertThat(ModuleMigrations.migrate(db)).isZero();
    }

    @Test
    void every_catalog_migration_applies_and_the_snapshot_table_takes_a_returning_content() throws Exception {
        DataSource db = freshDatabase();
        ModuleMigrations.migrate(db);

        // A, B, A: going back to earlier content is a change too, so the same content may be stored again
        String insert =
                "INSERT INTO catalog_document_snapshot (source, content_sha256, asyncapi_version, loaded_at, content)"
                        + " VALUES (?, ?, ?, ?, ?)";
        try (Connection connection = db.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            for (String hash : new String[] {"a", "b", "a"}) {
                statement.setString(1, "orders.yaml");
                statement.setString(2, hash.repeat(64));
                statement.setString(3, "3.0.0");
                statement.setTimestamp(4, Timestamp.from(Instant.now()));
                statement.setString(5, "asyncapi: 3.0.0");
                statement.executeUpdate();
            }
        }
        assertThat(rowCount(db, "catalog_document_snapshot")).isEqualTo(3);
        assertThat(rowCount(db, "flyway_history_catalog"))
                .as("every catalog migration recorded")
                .isGreaterThanOrEqualTo(2);
    }

    private static boolean tableExists(DataSource db, String table) throws SQLException {
        try (Connection connection = db.getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
            return rows.next();
        }
    }

    private static int rowCount(DataSource db, String table) throws SQLException {
        try (Connection connection = db.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
