package io.eventlens.dlq.jobs;

import io.eventlens.catalog.testing.TestDatabase;
import io.eventlens.dlq.DlqInspectorModule;
import java.sql.SQLException;
import javax.sql.DataSource;
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
        TestDatabase.createSchema(schema);
        return migrated(postgresIn(schema));
    }

    public static PGSimpleDataSource postgresIn(String schema) {
        return TestDatabase.postgresIn(schema);
    }

    public static void drop(String schema) throws SQLException {
        TestDatabase.dropSchema(schema);
    }

    static DataSource migrated(DataSource dataSource) {
        return TestDatabase.migrated(dataSource, DlqInspectorModule.NAME, DlqInspectorModule.MIGRATIONS);
    }
}
