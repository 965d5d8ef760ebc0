package io.eventlens.dlq.jobs;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** On the machine's PostgreSQL (127.0.0.1:5432, database test): a fresh schema per test, dropped after. */
class JobStorePostgresIT extends JobStoreContract {

    private final String schema = "dlq_it_" + Long.toHexString(System.nanoTime());
    private DataSource dataSource;

    @BeforeEach
    void database() throws SQLException {
        dataSource = TestDatabases.postgres(schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        TestDatabases.drop(schema);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    DataSource secondInstance() {
        return TestDatabases.postgresIn(schema);
    }
}
