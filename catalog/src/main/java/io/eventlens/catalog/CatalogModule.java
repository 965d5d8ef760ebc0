package io.eventlens.catalog;

/** What the application needs to know to host this module: its name and where its migrations live. */
public final class CatalogModule {

    /** The module's name, as in the reactor and in its migration folder. */
    public static final String NAME = "catalog";

    /** Flyway location of the module's own tables; the application migrates it with its own history table. */
    public static final String MIGRATIONS = "classpath:db/migration/catalog";

    private CatalogModule() {}
}
