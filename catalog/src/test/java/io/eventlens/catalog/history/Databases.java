package io.eventlens.catalog.history;

import io.eventlens.catalog.CatalogModule;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Migrates the catalog's tables the way web-ui's ModuleMigrations does (own folder, own history table). */
final class Databases {

    private Databases() {}

    static DataSource migrated(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(CatalogModule.MIGRATIONS)
                .table("flyway_history_" + CatalogModule.NAME)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return dataSource;
    }
}
