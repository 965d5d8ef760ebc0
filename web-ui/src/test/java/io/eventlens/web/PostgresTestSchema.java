package io.eventlens.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A fresh schema in the machine's PostgreSQL (database {@code test}), dropped afterwards. */
public final class PostgresTestSchema implements AutoCloseable {

    public static final String USER = System.getProperty("eventlens.it.postgres.user", "postgres");
    static final String BASE_URL =
            System.getProperty("eventlens.it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    final String name;

    private PostgresTestSchema(String name) {
        this.name = name;
    }

    public static PostgresTestSchema create() throws SQLException {
        String name =
                "eventlens_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + name);
        }
        return new PostgresTestSchema(name);
    }

    public String jdbcUrl() {
        return BASE_URL + "?currentSchema=" + name;
    }

    public List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, "");
                ResultSet rows = connection.getMetaData().getTables(null, name, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
