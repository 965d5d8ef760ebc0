package io.eventlens.flow.trace;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/** On H2 in PostgreSQL mode, the embedded default: a fresh in-memory database per test. */
class SpanStoreH2Test extends SpanStoreContract {

    private DataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = Databases.h2();
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
