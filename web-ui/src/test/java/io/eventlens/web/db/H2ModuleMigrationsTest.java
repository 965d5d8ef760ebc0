package io.eventlens.web.db;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** Migrations on the embedded default: an H2 file database in PostgreSQL mode, as the app opens it. */
class H2ModuleMigrationsTest extends ModuleMigrationsContract {

    @TempDir
    Path dir;

    @Override
    DataSource freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("eventlens-" + System.nanoTime())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUser("sa");
        return dataSource;
    }
}
