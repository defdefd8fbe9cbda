package de.agency.integration.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionOrAServerShuttingDownIsUnavailability_foundBelowWrappers() {
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new GenericJDBCException("could not execute",
                new SQLException("terminating connection due to administrator command", "57P01")))));
        assertTrue(DatabaseUnavailable.causedBy(new JDBCConnectionException("unable to obtain connection",
                new SQLException("Connection refused", "08001"))));
    }

    @Test
    void aRefusedStatementOrAConflictIsNot() {
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("serialization failure", "40001")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad")));
    }
}
