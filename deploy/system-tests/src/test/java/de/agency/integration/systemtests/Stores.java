package de.agency.integration.systemtests;

import de.agency.integration.devstack.LocalStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQL on the services' databases of a local stack, for the system tests' invariants and for moving a due date back as
 * time passing would (login and password are the database's name).
 */
public final class Stores {

    private final LocalStack stack;

    public Stores(LocalStack stack) {
        this.stack = stack;
    }

    /** The first column of every row, as text. */
    public Set<String> ids(String database, String sql) {
        Set<String> ids = new HashSet<>();
        query(database, sql, row -> ids.add(row.getString(1)));
        return ids;
    }

    /** First column -> second column (as text, {@code null} kept as the text "null"). */
    public Map<String, String> pairs(String database, String sql) {
        Map<String, String> pairs = new HashMap<>();
        query(database, sql, row -> pairs.put(row.getString(1), String.valueOf(row.getString(2))));
        return pairs;
    }

    public long count(String database, String sql) {
        long[] count = new long[1];
        query(database, sql, row -> count[0] = row.getLong(1));
        return count[0];
    }

    public void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    /** The ids as a SQL list of literals, for {@code in (...)}; ids are UUIDs the services made, never user input. */
    public static String quoted(Set<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }

    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String database, String sql, Row row) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.accept(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), database, database);
    }
}
