package io.eventlens.lag.history;

import io.eventlens.lag.LagMonitorModule;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Migrates the lag monitor's tables the way web-ui's ModuleMigrations does (own folder, own history table). */
final class Databases {

    private Databases() {}

    static DataSource migrated(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(LagMonitorModule.MIGRATIONS)
                .table("flyway_history_lag_monitor")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return dataSource;
    }
}
