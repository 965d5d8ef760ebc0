package io.eventlens.lag.history;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;

/** On H2 in PostgreSQL mode, the embedded default: a fresh in-memory database per test. */
class LagHistoryH2Test extends LagHistoryContract {

    private DataSource dataSource;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        dataSource = Databases.migrated(h2);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
