package de.agency.integration.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw baseline for a write endpoint: pgbench running the endpoint's SQL (a script under {@code pgbench/}) on the
 * same PostgreSQL, in a schema {@code bench} holding copies of the tables it touches (same columns, defaults and
 * indexes; no foreign keys), so that the service's own data and its outbox stay untouched.
 */
final class PgBench {

    /** Transactions per second and mean latency in milliseconds. */
    record Result(double tps, double latencyMs) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");

    private final String executable = Tools.require("pgbench", "postgresql-client");
    private final Path workDirectory;

    PgBench(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /**
     * Copies {@code tables} (with the rows of {@code withRows}) into schema {@code bench} of the database, then runs
     * the script with prepared statements on {@code clients} connections for {@code duration}.
     */
    Result run(String jdbcUrl, String database, String script, List<String> tables, List<String> withRows, int clients,
               Duration duration) {
        copyTables(jdbcUrl, database, tables, withRows);
        URI server = URI.create(jdbcUrl.substring("jdbc:".length()));
        String output = Tools.output(List.of(executable, "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j", "2",
                        "-T", String.valueOf(Math.max(1, duration.toSeconds())), "-f", scriptFile(script).toString(),
                        "-h", server.getHost(), "-p", String.valueOf(server.getPort()), "-U", database, database),
                Map.of("PGPASSWORD", database, "PGOPTIONS", "-c search_path=bench"));
        return new Result(figure(TPS, output), figure(LATENCY, output));
    }

    private static void copyTables(String jdbcUrl, String database, List<String> tables, List<String> withRows) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, database, database);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists bench cascade");
            statement.execute("create schema bench");
            for (String table : tables) {
                statement.execute("create table bench." + table + " (like public." + table + " including all)");
                if (withRows.contains(table)) {
                    statement.execute("insert into bench." + table + " select * from public." + table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare schema bench in " + database, e);
        }
    }

    private Path scriptFile(String script) {
        try (InputStream in = PgBench.class.getResourceAsStream("/pgbench/" + script)) {
            if (in == null) {
                throw new IllegalArgumentException("No pgbench script " + script);
            }
            Path file = workDirectory.resolve(script);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the pgbench script", e);
        }
    }

    private static double figure(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no " + pattern.pattern() + ":\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
