package io.eventlens.lint;

/** What the application needs to know to host this module: its name and where its migrations live. */
public final class SchemaLinterModule {

    /** The module's name, as in the reactor and in its migration folder. */
    public static final String NAME = "schema-linter";

    /** Flyway location of the module's own tables; the application migrates it with its own history table. */
    public static final String MIGRATIONS = "classpath:db/migration/schema-linter";

    private SchemaLinterModule() {}
}
