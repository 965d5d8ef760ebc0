package io.eventlens.reference.db;

import java.sql.SQLException;

/** A failed statement, with the database's message and SQL state. */
public final class DatabaseException extends RuntimeException {

    public DatabaseException(SQLException cause) {
        super("database call failed (SQL state " + cause.getSQLState() + "): " + cause.getMessage(), cause);
    }
}
