package de.agency.integration.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
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
    void aCommitTheDyingServerRefused_foundAmongTheSuppressed() {
        // as Narayana reports it: a RollbackException without cause, the driver's error below a suppressed XAException
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction");
        commitFailed.initCause(new SQLException("terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commitFailed);

        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void aCommitRefusedForAConflictIsNot_andACycleOfCausesEnds() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key", "23505"));
        RuntimeException cyclic = new RuntimeException("outer");
        IllegalStateException inner = new IllegalStateException("inner", cyclic);
        cyclic.initCause(inner);
        cyclic.addSuppressed(inner);

        assertFalse(DatabaseUnavailable.causedBy(rollback));
        assertFalse(DatabaseUnavailable.causedBy(cyclic));
    }

    @Test
    void aRefusedStatementOrAConflictIsNot() {
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("serialization failure", "40001")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad")));
    }
}
