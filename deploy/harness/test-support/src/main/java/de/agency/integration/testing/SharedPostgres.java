package de.agency.integration.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server (embedded binaries) per test JVM, started on first use and stopped when the JVM exits.
 * Each service gets a database of its own, as in production.
 */
public final class SharedPostgres {

    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "embedded-postgres-stop"));
        }
        return server;
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public static synchronized String database(String name) {
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            ResultSet existing = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!existing.next()) {
                statement.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres start() {
        try {
            Path workingDirectory = Files.createDirectories(Path.of("target", "embedded-postgres"));
            return EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workingDirectory.toFile())
                    .setCleanDataDirectory(true)
                    // the server's log states errors without their DETAIL, which quotes row values (customer numbers)
                    .setServerConfig("log_error_verbosity", "terse")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
