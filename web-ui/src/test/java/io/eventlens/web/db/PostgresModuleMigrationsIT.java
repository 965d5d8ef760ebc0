package io.eventlens.web.db;

import io.eventlens.web.PostgresTestSchema;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.postgresql.ds.PGSimpleDataSource;

/** Migrations on the machine's real PostgreSQL, database {@code test}, a fresh schema per test. */
class PostgresModuleMigrationsIT extends ModuleMigrationsContract {

    private final List<PostgresTestSchema> schemas = new ArrayList<>();

    @Override
    DataSource freshDatabase() throws Exception {
        PostgresTestSchema schema = PostgresTestSchema.create();
        schemas.add(schema);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(schema.jdbcUrl());
        dataSource.setUser(PostgresTestSchema.USER);
        return dataSource;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        for (PostgresTestSchema schema : schemas) {
            schema.close();
        }
    }
}
