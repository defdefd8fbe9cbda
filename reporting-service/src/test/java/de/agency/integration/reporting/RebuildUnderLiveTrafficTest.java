package de.agency.integration.reporting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rebuild empties the read models and replays the topics while events keep coming. An event that arrives then
 * (a contact of an enrollment the replay has not reached yet) must neither go to the dead-letter topic as poison nor
 * count twice: live consumption waits for the rebuild, then applies each event once.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class RebuildUnderLiveTrafficTest {

    static final Caller ADMIN = Caller.of("reporting-admin", "REPORTING_ADMIN");
    static final int FILLER = 3000;
    static final int ENROLLMENTS = 40;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void liveEventsDuringARebuildAreAppliedOnceAndNoneIsDeadLettered() throws Exception {
        String agency = "L" + UUID.randomUUID().toString().substring(0, 6);
        Events before = Events.batched();
        // enough for the replay to take a while: the live contacts below arrive before it reaches their enrollments
        for (int i = 0; i < FILLER; i++) {
            before.caseOpened(UUID.randomUUID().toString(), "F" + agency, "X90-F", "SGB_III", "2026-01-05");
            before.enrolled(UUID.randomUUID().toString(), "F" + agency, "X90-F", "c", "2026-01-05", "2028-01-04");
        }
        List<String> enrollments = new ArrayList<>();
        for (int i = 0; i < ENROLLMENTS; i++) {
            String enrollment = UUID.randomUUID().toString();
            enrollments.add(enrollment);
            before.enrolled(enrollment, agency, "X90-" + agency, "c", "2026-01-05", "2028-01-04");
        }
        before.flush();
        await().atMost(Duration.ofSeconds(120)).until(() -> count("enrollment_fact", enrollments) == ENROLLMENTS);

        ADMIN.request().post("/rebuild").then().statusCode(202);
        Events live = Events.batched();
        enrollments.forEach(enrollment -> live.contact(enrollment, "PHONE", "2026-02-02"));
        live.flush();

        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> ADMIN.request().get("/rebuild").then()
                .body("state", equalTo("DONE")));
        await().atMost(Duration.ofSeconds(60)).until(() -> count("contact_fact", enrollments) == ENROLLMENTS);
        assertEquals(ENROLLMENTS, count("enrollment_fact", enrollments));

        Set<String> keys = Set.copyOf(enrollments);
        List<String> deadLettered = TestKafka.all("reporting-service.inga-events.dlq").stream()
                .filter(record -> keys.contains(record.key()))
                .map(record -> TestKafka.header(record, "ce_type") + " " + record.key()).toList();
        assertEquals(List.of(), deadLettered, "live events of the rebuild's time in the dead-letter topic");
    }

    private long count(String table, List<String> enrollments) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from " + table + " where enrollment_id = any (?::uuid[])")) {
            query.setArray(1, connection.createArrayOf("varchar", enrollments.toArray()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
