package de.agency.integration.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from embedded binaries, with one database and one login role per service. As root,
 * the binaries run inside a user namespace (zonky does this itself), since PostgreSQL refuses to run as root.
 * {@link #close()} is a fast shutdown ({@code pg_ctl stop -m fast}).
 */
final class PostgresServer implements AutoCloseable {

    private final Path directory;
    private final int port;
    private EmbeddedPostgres postgres;

    private PostgresServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Starts a server with fresh, empty data (the data of an earlier run is deleted). */
    static PostgresServer start(Path directory, int port) {
        PostgresServer server = new PostgresServer(directory, port);
        try {
            deleteRecursively(directory.resolve("data"));
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare PostgreSQL's directory " + directory, e);
        }
        server.startServer();
        return server;
    }

    /**
     * Fast shutdown (open sessions are ended, their transactions rolled back), the given time down, and a start on the
     * same port and data, as an operator's restart of the database server would do.
     */
    void restart(Duration downtime) {
        close();
        ChildProcess.sleep(downtime);
        startServer();
    }

    private void startServer() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(directory.resolve("binaries").toFile())
                    .setDataDirectory(directory.resolve("data"))
                    // kept on close, so that a restart finds its data; a new stack deletes it (see start)
                    .setCleanDataDirectory(false)
                    // the server's log states errors without their DETAIL, which quotes row values (customer numbers)
                    .setServerConfig("log_error_verbosity", "terse")
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL on port " + port, e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
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
        return "jdbc:postgresql://localhost:" + port + "/" + database;
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
