package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.INGA_TEAM;
import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Entry to Inga in two steps (DESIGN.md 1.2): the case's counsellor refers the case to an Inga team under the rules of
 * an enrollment; an Inga counsellor of that team accepts it - the enrollment starts - or declines it with a reason
 * from the catalogue, whose note never leaves the service.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ReferralTest {

    static final String CASE_TEAM = "X90-311-CASE";

    @Test
    void theCasesCounsellorRefersAndAnIngaCounsellorOfTheTeamAcceptsTheEnrollmentStarts() {
        String counsellor = caseCounsellor();
        String inga = ingaCounsellor();
        UUID caseId = Replicas.kase("SGB_III", "DEVELOPMENT");

        String referral = refer(counsellor, caseId, INGA_TEAM).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("toTeam", equalTo(INGA_TEAM)).extract().path("id");
        EventContract.assertConforms("IngaReferred", event(referral, "IngaReferred").value());

        // an agency system may accept without a body (REST Assured then names form-urlencoded, curl -X POST no type)
        String enrollment = given().header("Authorization", bearer(inga, SGB3)).post("/referrals/{id}/accept", referral)
                .then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("enrollmentId", notNullValue()).extract().path("enrollmentId");
        Enrollment enrolled = QuarkusTransaction.requiringNew().call(() -> Enrollment.findById(UUID.fromString(enrollment)));
        assertEquals(caseId, enrolled.caseId);
        assertEquals(inga, enrolled.ingaCounsellor);
        assertEquals(INGA_TEAM, enrolled.team);
        TestKafka.await("inga-events", r -> enrollment.equals(r.key()) && "InsetEnrolled".equals(TestKafka.header(r, "ce_type")));

        as(inga, SGB3).post("/referrals/{id}/accept", referral).then().statusCode(409);
        given().header("Authorization", bearer(inga, SGB3)).post("/referrals/{id}/decline", referral)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyACounsellorOfTheCasesTeamRefers() {
        String stranger = Replicas.user("stranger");
        Replicas.member(stranger, "X90-999-OTHER");

        refer(stranger, Replicas.kase("SGB_III", "DEVELOPMENT"), INGA_TEAM).then().statusCode(403);
    }

    @Test
    void aReferralMeetsTheRulesOfAnEnrollment() {
        String counsellor = caseCounsellor();
        ingaCounsellor();

        refused(refer(counsellor, Replicas.kase("SGB_II", "DEVELOPMENT"), INGA_TEAM), "SGB_III_ONLY");
        refused(refer(counsellor, Replicas.kase("SGB_III", "SUPPORT"), INGA_TEAM), "COMPLEX_PROFILE_REQUIRED");
        refused(refer(counsellor, Replicas.kase("SGB_III", "DEVELOPMENT"), "X90-311-NO-INGA"), "INGA_TEAM_REQUIRED");
        UUID once = Replicas.kase("SGB_III", "DEVELOPMENT");
        refer(counsellor, once, INGA_TEAM).then().statusCode(201);
        refused(refer(counsellor, once, INGA_TEAM), "ONE_OPEN_REFERRAL_PER_CASE");
    }

    @Test
    void onlyAnIngaCounsellorOfTheReceivingTeamDecides() {
        String counsellor = caseCounsellor();
        ingaCounsellor();
        String otherTeams = Replicas.user("other-inga");
        Replicas.grant(otherTeams, SGB3, "X90-312-INGA2");
        String referral = refer(counsellor, Replicas.kase("SGB_III", "DEVELOPMENT"), INGA_TEAM).then().statusCode(201)
                .extract().path("id");

        as(otherTeams, SGB3).post("/referrals/{id}/accept", referral).then().statusCode(403);
        as(otherTeams, SGB3).body("{\"reason\":\"TEAM_AT_CAPACITY\"}").post("/referrals/{id}/decline", referral)
                .then().statusCode(403);
        as(counsellor, "COUNSELLOR").post("/referrals/{id}/accept", referral).then().statusCode(403);
    }

    @Test
    void aDeclineNamesAReasonOfTheCatalogue_itsNoteStaysHere() {
        String counsellor = caseCounsellor();
        String inga = ingaCounsellor();
        String referral = refer(counsellor, Replicas.kase("SGB_III", "DEVELOPMENT"), INGA_TEAM).then().statusCode(201)
                .extract().path("id");
        String note = "Team fully booked until spring " + UUID.randomUUID();

        refused(as(inga, SGB3).body("{\"reason\":\"BORED\"}").post("/referrals/{id}/decline", referral),
                "DECLINE_REASON_FROM_CATALOGUE");
        refused(as(inga, SGB3).body("{\"reason\":\"OTHER\"}").post("/referrals/{id}/decline", referral),
                "DECLINE_NOTE_REQUIRED");
        as(inga, SGB3).body("{\"reason\":\"TEAM_AT_CAPACITY\",\"note\":\"" + note + "\"}")
                .post("/referrals/{id}/decline", referral).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("TEAM_AT_CAPACITY"));

        String declined = event(referral, "IngaReferralDeclined").value();
        EventContract.assertConforms("IngaReferralDeclined", declined);
        assertFalse(declined.contains(note), "the note stays in inga-service");
        as(inga, SGB3).post("/referrals/{id}/accept", referral).then().statusCode(409);
    }

    @Test
    void referralsAreListedForTheReferrerAndTheReceivingTeamOnly() {
        String counsellor = caseCounsellor();
        String inga = ingaCounsellor();
        String otherTeams = Replicas.user("other-inga");
        Replicas.grant(otherTeams, SGB3, "X90-312-INGA2");
        String referral = refer(counsellor, Replicas.kase("SGB_III", "DEVELOPMENT"), INGA_TEAM).then().statusCode(201)
                .extract().path("id");

        as(counsellor, "COUNSELLOR").get("/referrals").then().statusCode(200).body("id", hasItem(referral));
        as(inga, SGB3).queryParam("team", INGA_TEAM).queryParam("status", "OPEN").get("/referrals").then()
                .statusCode(200).body("id", hasItem(referral));
        as(otherTeams, SGB3).get("/referrals").then().statusCode(200).body("id", not(hasItem(referral)));
    }

    private static String caseCounsellor() {
        String counsellor = Replicas.user("cc");
        Replicas.member(counsellor, CASE_TEAM);
        return counsellor;
    }

    private static Response refer(String counsellor, UUID caseId, String team) {
        return as(counsellor, "COUNSELLOR").body("{\"caseId\":\"" + caseId + "\",\"team\":\"" + team + "\"}")
                .post("/referrals");
    }

    private static void refused(Response response, String rule) {
        response.then().statusCode(422).body("rule", equalTo(rule));
    }

    private static ConsumerRecord<String, String> event(String key, String type) {
        return TestKafka.await("inga-events", r -> key.equals(r.key()) && type.equals(TestKafka.header(r, "ce_type")));
    }
}
