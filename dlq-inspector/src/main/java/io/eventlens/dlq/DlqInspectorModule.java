package io.eventlens.dlq;

/** What the application needs to know to host this module: its name and where its migrations live. */
public final class DlqInspectorModule {

    /** The module's name, as in the reactor and in its migration folder. */
    public static final String NAME = "dlq-inspector";

    /** Flyway location of the module's own tables; the application migrates it with its own history table. */
    public static final String MIGRATIONS = "classpath:db/migration/dlq-inspector";

    private DlqInspectorModule() {}
}
