package de.agency.integration.inga.service;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.accessreplica.TeamMembershipReplica;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The replicas follow case-service's and access-service's events through Kafka, each event once: cases, roles and
 * team leads decide who may enroll and read; a handover to SGB II ends the enrollment; poison goes to the dead-letter
 * topic.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ReplicaConsumersTest {

    @Test
    void aCaseAndARoleFromEventsMakeAnEnrollmentPossible_aHandoverToSgb2EndsIt() {
        String caseId = UUID.randomUUID().toString();
        String counsellor = "ic-" + UUID.randomUUID();
        String grantId = UUID.randomUUID().toString();
        send("case-events", caseId, "CaseOpened", """
                {"schemaVersion":1,"caseId":"%s","customerNumber":"123A456789","legalDomain":"SGB_III","agency":"311",
                 "team":"X90-311-INGA1","counsellor":"counsellor","phase":"PROFILING","openedAt":"2026-11-02T09:00:00Z"}
                """.formatted(caseId));
        ProducerRecord<String, String> completed = event("case-events", caseId, "ProfilingCompleted", """
                {"schemaVersion":1,"caseId":"%s","legalDomain":"SGB_III","agency":"311","team":"X90-311-INGA1",
                 "profileCategory":"DEVELOPMENT","needDimensions":["MOTIVATION","PERFORMANCE"],
                 "profilingAssessmentNote":true,"conclusionInNote":false,"completedAt":"2026-11-03T09:00:00Z"}
                """.formatted(caseId));
        TestKafka.send(completed);
        TestKafka.send(completed); // redelivered
        send("access-events", counsellor, "RoleGranted", """
                {"schemaVersion":1,"grantId":"%s","userId":"%s","role":"INTEGRATION_COUNSELLOR_SGB3",
                 "cause":"AUTO_FROM_X90","team":"X90-311-INGA1","grantedAt":"2026-11-01T09:00:00Z"}
                """.formatted(grantId, counsellor));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(counsellor, SGB3)
                .body("{\"caseId\":\"" + caseId + "\"}").post("/enrollments").then().statusCode(201));
        String enrollment = as(counsellor, SGB3).queryParam("counsellor", counsellor).get("/enrollments")
                .then().extract().path("[0].id");

        String lead = "lead-" + UUID.randomUUID();
        send("access-events", lead, "TeamMembershipChanged", leadership(lead, "JOINED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(lead, "TEAM_LEAD")
                .get("/enrollments/{id}", enrollment).then().statusCode(200));
        send("access-events", lead, "TeamMembershipChanged", leadership(lead, "LEFT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(lead, "TEAM_LEAD")
                .get("/enrollments/{id}", enrollment).then().statusCode(403));

        send("case-events", caseId, "CaseHandedOver", """
                {"schemaVersion":1,"caseId":"%s","customerNumber":"123A456789","fromLegalDomain":"SGB_III",
                 "toLegalDomain":"SGB_II","documentationTransferred":true,"ingaEnrolled":true,
                 "handedOverAt":"%sT09:00:00Z"}
                """.formatted(caseId, LocalDate.now(AgencyClock.ZONE)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(counsellor, SGB3)
                .get("/enrollments/{id}", enrollment).then()
                .body("status", equalTo("ENDED")).body("exitReason", equalTo("CHANGE_TO_SGB_II")));
        assertEquals("SGB_II", QuarkusTransaction.requiringNew().call(() ->
                CaseReplica.<CaseReplica>findById(UUID.fromString(caseId)).legalDomain));

        send("access-events", counsellor, "RoleRevoked", """
                {"schemaVersion":1,"grantId":"%s","userId":"%s","role":"INTEGRATION_COUNSELLOR_SGB3",
                 "cause":"MEMBERSHIP_ENDED","team":"X90-311-INGA1","revokedAt":"2026-11-20T09:00:00Z"}
                """.formatted(grantId, counsellor));
        await().atMost(Duration.ofSeconds(30)).until(() -> !QuarkusTransaction.requiringNew().call(() ->
                RoleGrantReplica.holds(counsellor, RoleGrantReplica.INTEGRATION_COUNSELLOR_SGB3)));

        String metrics = given().get("/q/metrics").then().extract().asString();
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"),
                "consumer lag on /q/metrics");
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopic() {
        String caseId = UUID.randomUUID().toString();
        TestKafka.send(TestKafka.cloudEvent("case-events", caseId, UUID.randomUUID().toString(), "CaseClosed",
                "{\"schemaVersion\":1,\"caseId\":\"" + caseId + "\"}"));
        TestKafka.await("inga-service.case-events.dlq", r -> caseId.equals(r.key()));
    }

    @Test
    void aMembershipChangeNeitherJoinedNorLeftIsPoison_notAJoin() {
        String lead = "lead-" + UUID.randomUUID();
        TestKafka.send(TestKafka.cloudEvent("access-events", lead, UUID.randomUUID().toString(),
                "TeamMembershipChanged", leadership(lead, "PROMOTED")));
        TestKafka.await("inga-service.access-events.dlq", r -> lead.equals(r.key()));
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> TeamMembershipReplica.teamsLedBy(lead)));
    }

    private static String leadership(String lead, String change) {
        return """
                {"schemaVersion":1,"userId":"%s","team":"X90-311-INGA1","teamType":"INGA","agency":"311",
                 "function":"TEAM_LEAD","change":"%s","effectiveOn":"2026-11-01"}
                """.formatted(lead, change);
    }

    private static void send(String topic, String key, String type, String data) {
        TestKafka.send(event(topic, key, type, data));
    }

    private static ProducerRecord<String, String> event(String topic, String key, String type, String data) {
        EventContract.assertAccepted(type, data);
        return TestKafka.cloudEvent(topic, key, UUID.randomUUID().toString(), type, data);
    }
}
