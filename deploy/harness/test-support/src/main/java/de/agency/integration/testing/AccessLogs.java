package de.agency.integration.testing;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** The access log of the service under test: what the data protection officer sees, and the log out of order. */
public final class AccessLogs {

    private static final AccessMatrix.Caller OFFICER = AccessMatrix.Caller.of("dpo", "DATA_PROTECTION_OFFICER");

    private AccessLogs() {
    }

    /** The entries about one customer, newest first, as the data protection officer queries them. */
    public static JsonPath about(String customerNumber) {
        return OFFICER.request().queryParam("customerNumber", customerNumber).get("/access-log")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Runs the action while the access log's table cannot be written (renamed away), then puts it back. */
    public static void whileUnwritable(Runnable action) {
        execute("alter table access_log rename to access_log_unavailable");
        try {
            action.run();
        } finally {
            execute("alter table access_log_unavailable rename to access_log");
        }
    }

    private static void execute(String sql) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the access log's table: " + sql, e);
        }
    }
}
