package io.eventlens.catalog.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The shared scaffolding on the machine's PostgreSQL: a migrated schema of its own for one test, gone after. */
class TestDatabaseIT {

    private final List<DataSource> migrated = new ArrayList<>();

    @Test
    void a_postgres_test_gets_a_fresh_migrated_schema_that_is_dropped_after() throws SQLException {
        TestDatabase database = TestDatabase.postgres("testing_it", dataSource -> {
            migrated.add(dataSource);
            return dataSource;
        });

        database.beforeEach(null);
        String schema = query(database.dataSource(), "SELECT current_schema()");
        assertThat(schema).startsWith("testing_it_");
        assertThat(migrated).containsExactly(database.dataSource());
        database.afterEach(null);

        assertThat(query(
                        TestDatabase.postgresIn(null),
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = '" + schema + "'"))
                .isEqualTo("0");
        assertThatThrownBy(database::dataSource).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void each_h2_test_gets_its_own_migrated_database() throws SQLException {
        TestDatabase database = TestDatabase.h2(dataSource -> {
            migrated.add(dataSource);
            return dataSource;
        });

        database.beforeEach(null);
        DataSource first = database.dataSource();
        execute(first, "CREATE TABLE marker (id INT)");
        database.afterEach(null);
        database.beforeEach(null);

        assertThat(migrated).containsExactly(first, database.dataSource());
        assertThat(query(
                        database.dataSource(),
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'MARKER'"))
                .isEqualTo("0");
    }

    private static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
