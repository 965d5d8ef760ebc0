package io.eventlens.catalog.history;

import io.eventlens.catalog.CatalogModule;
import io.eventlens.catalog.testing.TestDatabase;
import javax.sql.DataSource;

/** Migrates the catalog's tables the way web-ui's ModuleMigrations does (own folder, own history table). */
final class Databases {

    private Databases() {}

    static DataSource migrated(DataSource dataSource) {
        return TestDatabase.migrated(dataSource, CatalogModule.NAME, CatalogModule.MIGRATIONS);
    }
}
