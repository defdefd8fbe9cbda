package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enroll;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.IngaApi;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The eligibility rules of DESIGN.md 1.2, each refusal a 422 naming the rule. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class EnrollmentRulesTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eligibleCustomerIsEnrolledFor24Months_publishedAsInsetEnrolled() {
        String counsellor = ingaCounsellor();
        UUID caseId = Replicas.kase("SGB_III", "STABILISATION");
        clock.setDay(LocalDate.of(2025, 8, 31));

        String id = as(counsellor, SGB3).body("{\"caseId\":\"" + caseId + "\"}").post("/enrollments")
                .then().statusCode(201)
                .body("enrolledOn", equalTo("2025-08-31")).body("latestEndDate", equalTo("2027-08-31"))
                .body("team", equalTo("X90-311-INGA1")).body("ingaCounsellor", equalTo(counsellor))
                .body("status", equalTo("OPEN")).extract().path("id");

        ConsumerRecord<String, String> event = TestKafka.await("inga-events", r -> id.equals(r.key()));
        EventContract.assertConforms("InsetEnrolled", event.value());
        assertTrue(event.value().contains("\"schemaVersion\":4") && event.value().contains("\"federalState\":\"nw\""),
                "agency 311 lies in North Rhine-Westphalia, whose holidays reporting counts with: " + event.value());
        assertTrue(event.value().contains("\"firstMeetingDueOn\":\"2025-09-18\""),
                "the 14th working day after Sunday 31 August 2025: " + event.value());

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("inga_enrollments_total{agency=\"311\""), "business counter of enrollments");
        assertTrue(metrics.contains("outbox_backlog"), "outbox backlog gauge");
    }

    @Test
    void sgb2CustomersAreNotEligible() {
        refused(ingaCounsellor(), Replicas.kase("SGB_II", "DEVELOPMENT"), "", "SGB_III_ONLY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARKET", "ACTIVATION", "SUPPORT"})
    void integrationNearProfilesAreNotEligible(String category) {
        refused(ingaCounsellor(), Replicas.kase("SGB_III", category), "", "COMPLEX_PROFILE_REQUIRED");
    }

    @Test
    void aCaseWithoutCompletedProfilingIsNotEligible() {
        refused(ingaCounsellor(), Replicas.kase("SGB_III", null), "", "COMPLEX_PROFILE_REQUIRED");
    }

    @Test
    void exclusionCriteriaRefuseTheEnrollment() {
        String counsellor = ingaCounsellor();
        refused(counsellor, Replicas.kase("SGB_III", "ASSISTANCE"), ",\"circumstances\":[\"VOCATIONAL_REHABILITATION\"]",
                "EXCLUDED");
        refused(counsellor, Replicas.kase("SGB_III", "ASSISTANCE"), ",\"circumstances\":[\"MEDICAL_REPORT_PENDING\"]",
                "EXCLUDED");
        refused(counsellor, Replicas.kase("SGB_III", "ASSISTANCE"), ",\"circumstances\":[\"SGB_II_APPLICATION_FILED\"]",
                "EXCLUDED");
        refused(counsellor, Replicas.kase("SGB_III", "ASSISTANCE"), ",\"circumstances\":[\"ON_HOLIDAY\"]",
                "UNKNOWN_CIRCUMSTANCE");
        UUID closed = Replicas.kase("SGB_III", "ASSISTANCE");
        QuarkusTransaction.requiringNew().run(() -> CaseReplica.<CaseReplica>findById(closed).closed = true);
        refused(counsellor, closed, "", "EXCLUDED");
    }

    @Test
    void enrollingAtTheCaseloadKeyIsAllowedAndAnsweredWithAWarning() {
        String counsellor = ingaCounsellor();
        for (int i = 0; i < 63; i++) {
            EnrollmentFixtures.enrollment(counsellor, IngaApi.INGA_TEAM);
        }

        as(counsellor, SGB3).body("{\"caseId\":\"" + Replicas.kase("SGB_III", "ASSISTANCE") + "\"}")
                .post("/enrollments").then().statusCode(201).body("caseloadWarning", nullValue());
        as(counsellor, SGB3).body("{\"caseId\":\"" + Replicas.kase("SGB_III", "ASSISTANCE") + "\"}")
                .post("/enrollments").then().statusCode(201)
                .body("caseloadWarning", containsString("65 open enrollments, at or above the caseload key of 65"));
    }

    @Test
    void aCustomerHasAtMostOneOpenEnrollment() {
        String counsellor = ingaCounsellor();
        UUID caseId = Replicas.kase("SGB_III", "DEVELOPMENT");
        enroll(counsellor, caseId);
        refused(counsellor, caseId, "", "ONE_OPEN_ENROLLMENT_PER_CUSTOMER");
    }

    @Test
    void theIngaCounsellorMustHoldTheRole() {
        String withoutRole = Replicas.user("c");
        as(withoutRole, SGB3).body("{\"caseId\":\"" + Replicas.kase("SGB_III", "DEVELOPMENT") + "\"}")
                .post("/enrollments").then().statusCode(403);
        String revoked = Replicas.user("c");
        Replicas.revoke(Replicas.grant(revoked, SGB3, "X90-311-INGA1"));
        String deputy = ingaCounsellor();
        Replicas.deputy(revoked, deputy, LocalDate.now(AgencyClock.ZONE), LocalDate.now(AgencyClock.ZONE));
        refused(deputy, Replicas.kase("SGB_III", "DEVELOPMENT"), ",\"ingaCounsellor\":\"" + revoked + "\"",
                "INGA_COUNSELLOR_ROLE_REQUIRED");
    }

    @Test
    void aCustomerIsEnrolledOnlyByWhomWillWorkTheEnrollment() {
        String counsellor = ingaCounsellor();
        String colleague = ingaCounsellor();
        UUID caseId = Replicas.kase("SGB_III", "DEVELOPMENT");

        as(colleague, SGB3).body("{\"caseId\":\"" + caseId + "\",\"ingaCounsellor\":\"" + counsellor + "\"}")
                .post("/enrollments").then().statusCode(403).contentType("application/problem+json");
        Replicas.deputy(counsellor, colleague, LocalDate.now(AgencyClock.ZONE), LocalDate.now(AgencyClock.ZONE));
        as(colleague, SGB3).body("{\"caseId\":\"" + caseId + "\",\"ingaCounsellor\":\"" + counsellor + "\"}")
                .post("/enrollments").then().statusCode(201).body("ingaCounsellor", equalTo(counsellor));
    }

    @Test
    void unknownCasesAndCallersWithoutTheRoleAreRefused() {
        refused(ingaCounsellor(), UUID.randomUUID(), "", "CASE_UNKNOWN");
        as("counsellor", "COUNSELLOR").body("{\"caseId\":\"" + UUID.randomUUID() + "\"}").post("/enrollments")
                .then().statusCode(403);
        as("c", SGB3).body("{}").post("/enrollments").then().statusCode(400)
                .body("violations[0].field", equalTo("caseId"));
    }

    private static void refused(String caller, UUID caseId, String extra, String rule) {
        as(caller, SGB3).body("{\"caseId\":\"" + caseId + "\"" + extra + "}").post("/enrollments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo(rule));
    }
}
