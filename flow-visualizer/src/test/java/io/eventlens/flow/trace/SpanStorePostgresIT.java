package io.eventlens.flow.trace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.ds.PGSimpleDataSource;

/** On the machine's PostgreSQL (127.0.0.1:5432, database test): a fresh schema per test, dropped after. */
class SpanStorePostgresIT extends SpanStoreContract {

    private final String schema = "spans_it_" + Long.toHexString(System.nanoTime());
    private DataSource dataSource;

    static PGSimpleDataSource postgres(String currentSchema) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test"
                + (currentSchema == null ? "" : "?currentSchema=" + currentSchema));
        pg.setUser("postgres");
        return pg;
    }

    @BeforeEach
    void database() throws SQLException {
        execute("CREATE SCHEMA " + schema);
        dataSource = Databases.migrated(postgres(schema));
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    static void execute(String sql) throws SQLException {
        try (Connection connection = postgres(null).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
