package io.eventlens.flow;

/** What the application needs to know to host this module: its name and where its migrations live. */
public final class FlowVisualizerModule {

    /** The module's name, as in the reactor and in its migration folder. */
    public static final String NAME = "flow-visualizer";

    /** Flyway location of the module's own tables; the application migrates it with its own history table. */
    public static final String MIGRATIONS = "classpath:db/migration/flow-visualizer";

    private FlowVisualizerModule() {}
}
