package de.agency.integration.errors;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that says the database cannot be reached for now rather than that the request or the data are
 * wrong: the connection was refused or lost (SQLSTATE class 08), the server is shutting down or starting (57P01-57P03,
 * e.g. during a restart), or the pool found no connection in time. Such a failure passes: a request gets a 503 with
 * {@code Retry-After}, an incoming event waits and is tried again instead of going to the dead-letter topic.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether the database's unavailability is anywhere in the chain of causes. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
