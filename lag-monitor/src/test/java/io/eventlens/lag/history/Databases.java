package io.eventlens.lag.history;

import io.eventlens.catalog.testing.TestDatabase;
import io.eventlens.lag.LagMonitorModule;
import javax.sql.DataSource;

/** Migrates the lag monitor's tables the way web-ui's ModuleMigrations does (own folder, own history table). */
final class Databases {

    private Databases() {}

    static DataSource migrated(DataSource dataSource) {
        return TestDatabase.migrated(dataSource, LagMonitorModule.NAME, LagMonitorModule.MIGRATIONS);
    }
}
