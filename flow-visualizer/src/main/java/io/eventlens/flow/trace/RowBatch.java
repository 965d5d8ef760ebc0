package io.eventlens.flow.trace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows with few statements: up to {@link #ROWS_PER_STATEMENT} rows in one multi-row
 * {@code INSERT ... VALUES (...), (...)}, full statements sent as one JDBC batch. This is what
 * MySQL's {@code rewriteBatchedStatements} does in the driver: H2 and PostgreSQL then parse, plan and
 * execute once per hundred rows instead of once per row.
 */
final class RowBatch {

    static final int ROWS_PER_STATEMENT = 100;

    /** Binds one row's values from parameter {@code first} on. */
    interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private RowBatch() {}

    /**
     * Inserts {@code rows} into {@code table}.
     *
     * @param columns the column list, comma-separated, {@code width} columns
     * @param suffix what follows the values (e.g. {@code ON CONFLICT DO NOTHING}), or empty
     */
    static <T> void insert(
            Connection connection,
            String table,
            String columns,
            int width,
            String suffix,
            List<T> rows,
            Binder<T> binder)
            throws SQLException {
        int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement insert =
                    connection.prepareStatement(sql(table, columns, width, ROWS_PER_STATEMENT, suffix))) {
                for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
                    bind(insert, width, rows.subList(start, start + ROWS_PER_STATEMENT), binder);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (full < rows.size()) {
            List<T> tail = rows.subList(full, rows.size());
            try (PreparedStatement insert =
                    connection.prepareStatement(sql(table, columns, width, tail.size(), suffix))) {
                bind(insert, width, tail, binder);
                insert.executeUpdate();
            }
        }
    }

    private static <T> void bind(PreparedStatement insert, int width, List<T> rows, Binder<T> binder)
            throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            binder.bind(insert, i * width + 1, rows.get(i));
        }
    }

    static String sql(String table, String columns, int width, int rows, String suffix) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(rows, row))
                + (suffix.isEmpty() ? "" : " " + suffix);
    }
}
