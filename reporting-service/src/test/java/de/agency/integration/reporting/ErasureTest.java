package de.agency.integration.reporting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An erased case (CaseErased) keeps counting in every report, but no row names its enrollment any more - and a
 * rebuild, which replays the enrollment after the erasure, does not bring the name back.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class ErasureTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anErasedCaseCountsAsBeforeButNoRowNamesItsEnrollment_alsoAfterARebuild() {
        String agency = "Z" + UUID.randomUUID().toString().substring(0, 6);
        String team = "X90-" + agency;
        String lead = "lead-" + agency;
        String caseId = UUID.randomUUID().toString();
        String enrollment = UUID.randomUUID().toString();
        LocalDate today = LocalDate.parse("2026-06-15");
        clock.setDay(today);
        LocalDate end = today.plusDays(20);
        Events events = new Events();
        events.membership(lead, team, "INGA", agency, "TEAM_LEAD", "JOINED");
        events.caseOpened(caseId, agency, team, "SGB_III", "2026-01-05");
        events.enrolled(enrollment, caseId, agency, team, "c", end.minusMonths(24).toString(), end.toString());
        events.contact(enrollment, "PHONE", "2025-06-01");
        events.contact(enrollment, "VIDEO", "2025-07-01");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> lead(lead, agency).get("/reports/contact-frequency")
                .then().body("key", contains(enrollment)).body("contacts", contains(2)));

        events.caseErased(caseId);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertErasedButCounted(lead, agency));
        Caller admin = Caller.of("reporting-admin", "REPORTING_ADMIN");
        admin.request().post("/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> admin.request().get("/rebuild")
                .then().body("state", equalTo("DONE")));
        assertErasedButCounted(lead, agency);
    }

    private static void assertErasedButCounted(String lead, String agency) {
        lead(lead, agency).get("/reports/contact-frequency").then()
                .body("key", contains("erased")).body("contacts", contains(2)).body("enrollments", contains(1));
        lead(lead, agency).get("/reports/nearing-max-duration").then()
                .body("enrollmentId", contains((Object) null)).body("daysLeft", contains(20));
        assertEquals(List.of(1), lead(lead, agency).get("/reports/caseload").jsonPath().getList("openEnrollments"));
        Caller.of("viewer", "REPORTING_VIEWER").request().get("/reports/cases").then()
                .body("byAgency.find { it.agency == '" + agency + "' }.cases", equalTo(1));
    }

    private static RequestSpecification lead(String lead, String agency) {
        return Caller.of(lead, "TEAM_LEAD").request().queryParam("agency", agency);
    }
}
