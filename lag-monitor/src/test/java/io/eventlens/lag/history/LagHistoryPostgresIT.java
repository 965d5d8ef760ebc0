package io.eventlens.lag.history;

import io.eventlens.catalog.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On the machine's PostgreSQL (127.0.0.1:5432, database test): a fresh schema per test, dropped after. */
class LagHistoryPostgresIT extends LagHistoryContract {

    @RegisterExtension
    final TestDatabase database = TestDatabase.postgres("lag_it", Databases::migrated);

    @Override
    DataSource dataSource() {
        return database.dataSource();
    }
}
