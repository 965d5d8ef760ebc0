package io.eventlens.catalog.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database for each test, migrated by the module's own migration: a JUnit 5 extension, registered with
 * {@code @RegisterExtension}. On PostgreSQL it is a new schema in the machine's server (127.0.0.1:5432, database
 * {@code test}, user {@code postgres}, trust), dropped after the test; on H2 a new in-memory database in PostgreSQL
 * mode. Shared through catalog's test-jar by every module whose store runs on both (catalog, lag-monitor,
 * flow-visualizer, dlq-inspector).
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {

    private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schemaPrefix;
    private final UnaryOperator<DataSource> migrate;
    private String schema;
    private DataSource dataSource;

    private TestDatabase(String schemaPrefix, UnaryOperator<DataSource> migrate) {
        this.schemaPrefix = schemaPrefix;
        this.migrate = migrate;
    }

    /** Each test in a new schema named {@code <schemaPrefix>_<hex>}, migrated before the test and dropped after. */
    public static TestDatabase postgres(String schemaPrefix, UnaryOperator<DataSource> migrate) {
        return new TestDatabase(schemaPrefix, migrate);
    }

    /** Each test in a new in-memory H2 database in PostgreSQL mode, migrated before the test. */
    public static TestDatabase h2(UnaryOperator<DataSource> migrate) {
        return new TestDatabase(null, migrate);
    }

    /** The migrated database of the running test. */
    public DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("no database outside a test: register TestDatabase with "
                    + "@RegisterExtension and ask for its data source from a test or a @BeforeEach");
        }
        return dataSource;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        if (schemaPrefix == null) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
            dataSource = migrate.apply(h2);
        } else {
            String name = schemaPrefix + "_" + Long.toHexString(System.nanoTime());
            createSchema(name);
            schema = name;
            dataSource = migrate.apply(postgresIn(name));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        dataSource = null;
        if (schema != null) {
            dropSchema(schema);
            schema = null;
        }
    }

    /**
     * Migrates one module's tables as web-ui's ModuleMigrations does: from its own migrations folder, with its own
     * history table {@code flyway_history_<module>} (hyphens as underscores), baselined at 0 on a non-empty schema.
     */
    public static DataSource migrated(DataSource dataSource, String module, String migrations) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(migrations)
                .table("flyway_history_" + module.replace('-', '_'))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return dataSource;
    }

    /** The machine's PostgreSQL with {@code schema} as the current schema, or the default one when null. */
    public static PGSimpleDataSource postgresIn(String schema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(POSTGRES_URL + (schema == null ? "" : "?currentSchema=" + schema));
        pg.setUser("postgres");
        return pg;
    }

    public static void createSchema(String schema) throws SQLException {
        execute("CREATE SCHEMA " + schema);
    }

    public static void dropSchema(String schema) throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgresIn(null).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
