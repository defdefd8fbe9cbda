package de.agency.integration.errors;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that says the database cannot be reached for now rather than that the request or the data are
 * wrong: the connection was refused or lost (SQLSTATE class 08), the server is shutting down or starting (57P01-57P03,
 * e.g. during a restart), or the pool found no connection in time. Such a failure passes: a request gets a 503 with
 * {@code Retry-After}, an incoming event waits and is tried again instead of going to the dead-letter topic.
 *
 * <p>The transaction manager reports a commit the server refused by dying as a {@code RollbackException} without a
 * cause; the driver's error hangs below it as a <em>suppressed</em> {@code XAException}, so suppressed exceptions are
 * looked at as well as causes.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether the database's unavailability is anywhere among the causes and suppressed exceptions. */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        return causedBy(failure.getCause(), seen);
    }
}
