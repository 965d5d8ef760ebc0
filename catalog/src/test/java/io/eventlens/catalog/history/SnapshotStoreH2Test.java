package io.eventlens.catalog.history;

import io.eventlens.catalog.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On H2 in PostgreSQL mode, the embedded default: a fresh in-memory database per test. */
class SnapshotStoreH2Test extends SnapshotStoreContract {

    @RegisterExtension
    final TestDatabase database = TestDatabase.h2(Databases::migrated);

    @Override
    DataSource dataSource() {
        return database.dataSource();
    }
}
