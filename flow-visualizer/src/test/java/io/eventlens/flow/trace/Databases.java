package io.eventlens.flow.trace;

import io.eventlens.catalog.testing.TestDatabase;
import io.eventlens.flow.FlowVisualizerModule;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Migrates the module's tables the way web-ui's ModuleMigrations does (own folder, own history table). */
final class Databases {

    private Databases() {}

    static DataSource migrated(DataSource dataSource) {
        return TestDatabase.migrated(dataSource, FlowVisualizerModule.NAME, FlowVisualizerModule.MIGRATIONS);
    }

    /** A fresh in-memory H2 in PostgreSQL mode, as the application's embedded default. */
    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return migrated(h2);
    }
}
