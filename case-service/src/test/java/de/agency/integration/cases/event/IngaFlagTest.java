package de.agency.integration.cases.event;

import static de.agency.integration.cases.workflow.CaseApi.asCounsellor;
import static de.agency.integration.cases.workflow.CaseApi.open;
import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import de.agency.integration.cases.workflow.Memberships;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Inga flag of a case follows inga-service's events, each applied once, and steers access to the case while it is
 * set (DESIGN.md 1.5).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class IngaFlagTest {

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-511-A");
    }

    @Test
    void flagFollowsEnrollmentAndExit_aRedeliveredEnrollmentDoesNotSetItAgain() {
        String caseId = open("SGB_III");
        String enrollmentId = UUID.randomUUID().toString();
        ProducerRecord<String, String> enrolled = ingaEvent(enrollmentId, "InsetEnrolled", enrolledData(enrollmentId, caseId));

        TestKafka.send(enrolled);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(true, ingaFlag(caseId)));

        TestKafka.send(ingaEvent(enrollmentId, "ExitReasonRecorded", exitData(enrollmentId, caseId)));
        TestKafka.send(enrolled);
        // Same key, same partition: once this marker case is flagged, the redelivery above has been consumed.
        String markerCase = open("SGB_III");
        String markerEnrollment = UUID.randomUUID().toString();
        TestKafka.send(ingaEvent(enrollmentId, "InsetEnrolled", enrolledData(markerEnrollment, markerCase)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(true, ingaFlag(markerCase)));

        assertEquals(false, ingaFlag(caseId));
    }

    @Test
    void handoverToSgb2OfAnEnrolledCustomerSaysSoInItsEvent() throws Exception {
        String caseId = open("SGB_III");
        String enrollmentId = UUID.randomUUID().toString();
        TestKafka.send(ingaEvent(enrollmentId, "InsetEnrolled", enrolledData(enrollmentId, caseId)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(true, ingaFlag(caseId)));

        asIngaCounsellor("inga-counsellor").body("{\"toLegalDomain\":\"SGB_II\"}").post("/cases/{id}/handover", caseId)
                .then().statusCode(200);

        ConsumerRecord<String, String> handedOver = TestKafka.await("case-events",
                r -> caseId.equals(r.key()) && "CaseHandedOver".equals(TestKafka.header(r, "ce_type")));
        var data = new ObjectMapper().readTree(handedOver.value());
        assertEquals("SGB_II", data.get("toLegalDomain").asText());
        assertTrue(data.get("ingaEnrolled").asBoolean());
    }

    @Test
    void whileEnrolledTheIngaCounsellorAndDeputiesWorkTheCaseAndTheTeamReads_atTheExitTheCaseReturns() {
        String caseId = open("SGB_III");
        String enrollmentId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(AgencyClock.ZONE);
        TestKafka.send(accessEvent("inga-counsellor", "DeputyAssigned", """
                {"schemaVersion":1,"deputyshipId":"%s","counsellorId":"inga-counsellor","deputyId":"inga-deputy",
                 "validFrom":"%s","validUntil":"%s"}
                """.formatted(UUID.randomUUID(), today.minusDays(1), today.plusDays(1))));
        TestKafka.send(ingaEvent(enrollmentId, "InsetEnrolled", enrolledData(enrollmentId, caseId)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> note(asIngaCounsellor("inga-deputy"), caseId, 201));
        note(asIngaCounsellor("inga-counsellor"), caseId, 201);
        asIngaCounsellor("inga-counsellor").get("/cases/{id}", caseId).then().statusCode(200)
                .body("ingaCounsellor", equalTo("inga-counsellor")).body("ingaTeam", equalTo("X90-511-INGA"));
        note(asCounsellor(), caseId, 403);
        asCounsellor().get("/cases/{id}", caseId).then().statusCode(200);

        TestKafka.send(ingaEvent(enrollmentId, "ExitReasonRecorded", exitData(enrollmentId, caseId)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> note(asCounsellor(), caseId, 201));
        note(asIngaCounsellor("inga-counsellor"), caseId, 403);
        note(asIngaCounsellor("inga-deputy"), caseId, 403);
        asIngaCounsellor("inga-counsellor").get("/cases/{id}", caseId).then().statusCode(403);
    }

    @Test
    void anEventForAnUnknownCaseGoesToTheDeadLetterTopic() {
        String enrollmentId = UUID.randomUUID().toString();
        TestKafka.send(ingaEvent(enrollmentId, "InsetEnrolled", enrolledData(enrollmentId, UUID.randomUUID().toString())));

        TestKafka.await("case-service.inga-events.dlq", r -> enrollmentId.equals(r.key()));
    }

    private static void note(RequestSpecification caller, String caseId, int status) {
        caller.body("{\"type\":\"COUNSELLING\",\"text\":\"Talked about the next steps\"}")
                .post("/cases/{id}/notes", caseId).then().statusCode(status);
    }

    private static RequestSpecification asIngaCounsellor(String user) {
        return given().header("Authorization", bearer(user, "COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"))
                .contentType(ContentType.JSON);
    }

    private static ProducerRecord<String, String> accessEvent(String key, String type, String data) {
        EventContract.assertAccepted(type, data);
        return TestKafka.cloudEvent("access-events", key, UUID.randomUUID().toString(), type, data);
    }

    private static Boolean ingaFlag(String caseId) {
        return asCounsellor().get("/cases/{id}", caseId).then().statusCode(200).extract().path("ingaEnrolled");
    }

    private static ProducerRecord<String, String> ingaEvent(String key, String type, String data) {
        EventContract.assertAccepted(type, data);
        return TestKafka.cloudEvent("inga-events", key, UUID.randomUUID().toString(), type, data);
    }

    private static String enrolledData(String enrollmentId, String caseId) {
        return """
                {"schemaVersion":2,"enrollmentId":"%s","caseId":"%s","agency":"511",
                 "team":"X90-511-INGA","ingaCounsellor":"inga-counsellor","enrolledAt":"2026-11-01","latestEndDate":"2028-11-01"}
                """.formatted(enrollmentId, caseId);
    }

    private static String exitData(String enrollmentId, String caseId) {
        return """
                {"schemaVersion":1,"enrollmentId":"%s","caseId":"%s","agency":"511","team":"X90-511-INGA1",
                 "ingaCounsellor":"inga-counsellor","reason":"INTEGRATED_EMPLOYMENT","exitDate":"2026-11-20","monthsInInga":0}
                """.formatted(enrollmentId, caseId);
    }
}
