package io.eventlens.dlq.jobs;

import javax.sql.DataSource;

class JobStoreH2Test extends JobStoreContract {

    private final String name = "jobs_" + Long.toHexString(System.nanoTime());
    private final DataSource dataSource = TestDatabases.h2(name);

    @Override
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    DataSource secondInstance() {
        return TestDatabases.h2(name);
    }
}
