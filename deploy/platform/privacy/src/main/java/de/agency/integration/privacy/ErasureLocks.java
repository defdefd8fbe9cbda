package de.agency.integration.privacy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Transaction-scoped PostgreSQL advisory locks per resource id, between the reads that log a resource's customer and
 * the erasure of that resource: reads share them, the erasure takes them exclusively. Always taken in the order of
 * their keys, so two transactions never wait for each other in a circle.
 */
final class ErasureLocks {

    private static final String TAKE = """
            select count(%s(k)) from (
              select distinct hashtextextended(id, 0) as k from unnest(?) as id order by k) as keys""";

    private ErasureLocks() {
    }

    /** For a read: waits while one of the resources is being erased. */
    static void share(Connection connection, Array resourceIds) throws SQLException {
        take(connection, "pg_advisory_xact_lock_shared", resourceIds);
    }

    /** For an erasure: waits for the reads of the resources under way, and holds later ones until it commits. */
    static void takeExclusively(Connection connection, Array resourceIds) throws SQLException {
        take(connection, "pg_advisory_xact_lock", resourceIds);
    }

    private static void take(Connection connection, String function, Array resourceIds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TAKE.formatted(function))) {
            statement.setArray(1, resourceIds);
            statement.executeQuery().close();
        }
    }
}
