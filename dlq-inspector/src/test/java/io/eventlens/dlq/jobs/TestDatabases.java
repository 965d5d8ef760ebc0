package io.eventlens.dlq.jobs;

import io.eventlens.dlq.DlqInspectorModule;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Migrated databases for tests, the way web-ui's ModuleMigrations migrates (own folder, own history table). */
public final class TestDatabases {

    private TestDatabases() {}

    public static DataSource h2(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return migrated(h2);
    }

    /** A fresh schema in the machine's PostgreSQL (database test), migrated. */
    public static DataSource postgres(String schema) throws SQLException {
        execute("CREATE SCHEMA " + schema);
        return migrated(postgresIn(schema));
    }

    public static PGSimpleDataSource postgresIn(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test" + (schema == null ? "" : "?currentSchema=" + schema));
        pg.setUser("postgres");
        return pg;
    }

    public static void drop(String schema) throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    static DataSource migrated(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(DlqInspectorModule.MIGRATIONS)
                .table("flyway_history_" + DlqInspectorModule.NAME.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return dataSource;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgresIn(null).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
