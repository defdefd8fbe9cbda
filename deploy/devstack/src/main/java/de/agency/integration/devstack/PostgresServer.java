package de.agency.integration.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * A real PostgreSQL server from embedded binaries, with one database and one login role per service. As root,
 * the binaries run inside a user namespace (zonky does this itself), since PostgreSQL refuses to run as root.
 */
final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            return new PostgresServer(EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(directory.resolve("binaries").toFile())
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(true)
                    // the server's log states errors without their DETAIL, which quotes row values (customer numbers)
                    .setServerConfig("log_error_verbosity", "terse")
                    .setPort(port)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL on port " + port, e);
        }
    }

    /** Creates, for each name, a login role with that name as password and a database it owns. */
    void createDatabases(Collection<String> names) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("create role " + name + " login password '" + name + "'");
                statement.execute("create database " + name + " owner " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service databases", e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
