package io.eventlens.web.db;

import io.eventlens.catalog.CatalogModule;
import io.eventlens.dlq.DlqInspectorModule;
import io.eventlens.flow.FlowVisualizerModule;
import io.eventlens.lag.LagMonitorModule;
import io.eventlens.lint.SchemaLinterModule;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates each module's own tables from its own folder, with its own Flyway history table, so a
 * module's migrations never depend on another's numbering.
 */
public final class ModuleMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleMigrations.class);

    /** A module's name (its history table is {@code flyway_history_<name>}) and its migrations. */
    public record Module(String name, String location) {}

    public static final List<Module> MODULES = List.of(
            new Module(CatalogModule.NAME, CatalogModule.MIGRATIONS),
            new Module(SchemaLinterModule.NAME, SchemaLinterModule.MIGRATIONS),
            new Module(FlowVisualizerModule.NAME, FlowVisualizerModule.MIGRATIONS),
            new Module(LagMonitorModule.NAME, LagMonitorModule.MIGRATIONS),
            new Module(DlqInspectorModule.NAME, DlqInspectorModule.MIGRATIONS));

    private ModuleMigrations() {}

    /**
     * Applies every module's pending migrations.
     *
     * @return how many migrations ran, over all modules
     * @throws FlywayException when the database cannot be reached or a migration fails
     */
    public static int migrate(DataSource dataSource) {
        int applied = 0;
        for (Module module : MODULES) {
            int count = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(module.location())
                    .table("flyway_history_" + module.name().replace('-', '_'))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(false)
                    .load()
                    .migrate()
                    .migrationsExecuted;
            if (count > 0) {
                LOG.info("Applied {} migration(s) of module {}", count, module.name());
            }
            applied += count;
        }
        return applied;
    }

    /** Whether a migration failure is really an unreachable database (so the message says so). */
    static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
