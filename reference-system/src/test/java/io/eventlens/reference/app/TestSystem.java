package io.eventlens.reference.app;

import io.eventlens.reference.event.Names;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.kafka.KafkaBrokerExtension;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import redis.clients.jedis.RedisClient;

/**
 * A reference system for one test: its own topic, group and stream names on the shared test broker
 * and Redis, its own database (a fresh PostgreSQL schema, or an in-memory H2), a free API port, spans
 * kept in memory, retries scaled to milliseconds. Closing it deletes its database schema and its Redis
 * streams.
 */
final class TestSystem implements AutoCloseable {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    final String prefix = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "-";
    final InMemorySpanExporter spans = InMemorySpanExporter.create();
    final ReferenceConfig config;
    private final String schema;
    ReferenceSystem system;

    private TestSystem(boolean postgres) throws SQLException {
        schema = postgres ? "ref_" + prefix.replace("-", "") : null;
        config = new ReferenceConfig()
                .http("127.0.0.1", 0)
                .kafka(KafkaBrokerExtension.bootstrapServers())
                .names(new Names(prefix))
                .spanExporter(spans)
                .retryScale(0.01)
                .email(4, 3, Duration.ofMillis(300));
        config.faults().emailDelay(Duration.ofMillis(10));
        if (postgres) {
            execute("CREATE SCHEMA " + schema);
            config.database(POSTGRES + "?currentSchema=" + schema, "postgres", "", schema);
        } else {
            config.database(
                    "jdbc:h2:mem:" + prefix + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "",
                    null);
        }
    }

    static TestSystem onPostgres() throws SQLException {
        return new TestSystem(true);
    }

    static TestSystem onH2() throws SQLException {
        return new TestSystem(false);
    }

    TestSystem start() {
        system = ReferenceSystem.start(config);
        return this;
    }

    String topic(String base) {
        return prefix + base;
    }

    /** One number from the system's database, e.g. {@code SELECT COUNT(*) FROM order_orders}. */
    long number(String sql) {
        return system.database().inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    @Override
    public void close() throws SQLException {
        if (system != null) {
            system.close();
        }
        if (schema != null) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        // the machine's Redis outlives the test: its email streams would stay, and EventLens's lag page
        // (which lists every stream group) would show them in later runs
        try (RedisClient redis = RedisClient.create(config.redisHost, config.redisPort)) {
            redis.del(config.names.of(Topics.EMAIL_STREAM), config.names.of(Topics.EMAIL_DLQ_STREAM));
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
