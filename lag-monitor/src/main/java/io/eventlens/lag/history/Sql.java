package io.eventlens.lag.history;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One transaction per call; a failure rolls back and says what was being done. */
final class Sql {

    private Sql() {}

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static <T> T inTransaction(DataSource dataSource, String doing, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new LagHistoryException(doing + " failed: " + e.getMessage(), e);
        }
    }
}
