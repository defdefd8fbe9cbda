package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The protected note's plaintext is nowhere but in the answer to an allowed read: not in the database, not in the
 * log, not in any Kafka record, not in an error.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ProtectedNoteSecrecyTest {

    /** The test profile's link to the directive's short guidance on the field. */
    static final String GUIDANCE = "https://intranet.agency.example/inga/kurzarbeitshilfe-geschuetztes-textfeld";

    @Inject
    DataSource dataSource;

    @Test
    void plaintextIsFoundNowhere() throws Exception {
        String secret = "SECRET-" + UUID.randomUUID();
        String counsellor = ingaCounsellor();
        String enrollment = enrolledCustomer(counsellor);

        as(counsellor, SGB3).get("/enrollments/{id}/protected-note", enrollment).then().statusCode(204)
                .header("Link", equalTo("<" + GUIDANCE + ">; rel=\"help\""));
        as(counsellor, SGB3).body("{\"text\":\"Addiction therapy since May " + secret + "\"}")
                .put("/enrollments/{id}/protected-note", enrollment).then().statusCode(200)
                .header("Link", equalTo("<" + GUIDANCE + ">; rel=\"help\"")).body("guidance", equalTo(GUIDANCE));
        as(counsellor, SGB3).get("/enrollments/{id}/protected-note", enrollment).then().statusCode(200)
                .body("text", equalTo("Addiction therapy since May " + secret)).body("guidance", equalTo(GUIDANCE));
        as(counsellor, SGB3).body("{\"text\":\"" + secret + "x".repeat(8001) + "\"}")
                .put("/enrollments/{id}/protected-note", enrollment).then().statusCode(400)
                .body(not(containsString(secret)));
        as(counsellor, SGB3).body("{\"text\":\"" + secret + "\",\"extra\":1}")
                .put("/enrollments/{id}/protected-note", enrollment).then().statusCode(400)
                .body(not(containsString(secret)));
        as("someone", SGB3).get("/enrollments/{id}/protected-note", enrollment).then().statusCode(403)
                .body(not(containsString(secret)));
        // an event after the note on the same key: once it is on Kafka, anything the note caused would be too
        as(counsellor, SGB3).body("{\"form\":\"PHONE\",\"date\":\"" + LocalDate.now(AgencyClock.ZONE) + "\"}")
                .post("/enrollments/{id}/contacts", enrollment).then().statusCode(201);
        TestKafka.await("inga-events", r -> enrollment.equals(r.key())
                && "IngaContactRecorded".equals(TestKafka.header(r, "ce_type")));

        assertFalse(databaseContains(secret), "plaintext in the database");
        for (String topic : List.of("inga-events", "inga-service.case-events.dlq", "inga-service.access-events.dlq")) {
            TestKafka.all(topic).forEach(r -> assertFalse(r.value() != null && r.value().contains(secret),
                    "plaintext on " + topic));
        }
        assertFalse(logContains(secret), "plaintext in the log");
    }

    /** Every row of every table of the service's schema as text, and every binary column's bytes. */
    private boolean databaseContains(String secret) throws Exception {
        try (var connection = dataSource.getConnection()) {
            var columns = connection.prepareStatement("""
                    select c.table_name, c.column_name, c.data_type from information_schema.columns c
                    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'""").executeQuery();
            while (columns.next()) {
                String table = columns.getString(1);
                String column = columns.getString(2);
                String match = "bytea".equals(columns.getString(3))
                        ? "position(convert_to(?, 'UTF8') in \"" + column + "\") > 0"
                        : "\"" + column + "\"::text like '%' || ? || '%'";
                var query = connection.prepareStatement("select count(*) from \"" + table + "\" where " + match);
                query.setString(1, secret);
                var rows = query.executeQuery();
                rows.next();
                if (rows.getLong(1) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean logContains(String secret) throws IOException {
        Path log = Path.of("target", "quarkus.log");
        return Files.exists(log) && Files.readString(log).contains(secret);
    }
}
