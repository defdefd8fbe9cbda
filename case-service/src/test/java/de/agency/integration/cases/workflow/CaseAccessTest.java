package de.agency.integration.cases.workflow;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Object-level access by X90 team; the denials are the point. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CaseAccessTest {

    static final String TEAM = "X90-711-A";
    static final String OTHER_TEAM = "X90-711-B";

    @BeforeEach
    void memberships() {
        Memberships.counsellor("anna", TEAM);
        Memberships.counsellor("otto", OTHER_TEAM);
        Memberships.teamLead("lena", TEAM);
    }

    @Test
    void counsellorChangesAndReadsCasesOfOwnTeam() {
        String caseId = openAs("anna", TEAM);
        as("anna", "COUNSELLOR").body("{\"type\":\"COUNSELLING\",\"text\":\"x\"}")
                .post("/cases/{id}/notes", caseId).then().statusCode(201);
        as("anna", "COUNSELLOR").get("/cases/{id}", caseId).then().statusCode(200);
    }

    @Test
    void counsellorOfAnotherTeamNeitherReadsNorChangesTheCase() {
        String caseId = openAs("anna", TEAM);

        as("otto", "COUNSELLOR").get("/cases/{id}", caseId).then().statusCode(403)
                .contentType("application/problem+json");
        as("otto", "COUNSELLOR").get("/cases/{id}/notes", caseId).then().statusCode(403);
        as("otto", "COUNSELLOR").body("{\"type\":\"COUNSELLING\",\"text\":\"x\"}")
                .post("/cases/{id}/notes", caseId).then().statusCode(403);
        as("otto", "COUNSELLOR").body("{\"reason\":\"OTHER\"}").post("/cases/{id}/close", caseId).then().statusCode(403);
    }

    @Test
    void counsellorCannotOpenACaseForAnotherTeam() {
        as("otto", "COUNSELLOR").body(caseJson(TEAM)).post("/cases").then().statusCode(403);
    }

    @Test
    void teamLeadReadsTheTeamsCasesButDoesNotChangeThem() {
        String caseId = openAs("anna", TEAM);

        as("lena", "TEAM_LEAD").get("/cases/{id}", caseId).then().statusCode(200);
        as("lena", "TEAM_LEAD").get("/cases/{id}/history", caseId).then().statusCode(200);
        as("lena", "TEAM_LEAD").body("{\"type\":\"COUNSELLING\",\"text\":\"x\"}")
                .post("/cases/{id}/notes", caseId).then().statusCode(403);
    }

    @Test
    void accessAdminHasNoCaseAccess() {
        String caseId = openAs("anna", TEAM);

        as("admin", "ACCESS_ADMIN").get("/cases/{id}", caseId).then().statusCode(403);
        as("admin", "ACCESS_ADMIN").get("/cases").then().statusCode(403);
        as("admin", "ACCESS_ADMIN").get("/catalogues/key-dimensions").then().statusCode(403);
    }

    @Test
    void searchFindsOnlyCasesOfTheCallersTeams() {
        openAs("anna", TEAM);
        openAs("otto", OTHER_TEAM);

        as("otto", "COUNSELLOR").queryParam("size", 200).get("/cases").then().statusCode(200)
                .body("items.team", everyItem(equalTo(OTHER_TEAM)));
        as("lena", "TEAM_LEAD").queryParam("size", 200).get("/cases").then().statusCode(200)
                .body("items.team", everyItem(equalTo(TEAM)))
                .body("items.team", hasItem(TEAM));
    }

    @Test
    void membershipsFollowAccessServiceEvents() {
        String user = "u-" + UUID.randomUUID().toString().substring(0, 8);
        String team = "X90-T" + UUID.randomUUID().toString().substring(0, 6);
        as(user, "COUNSELLOR").body(caseJson(team)).post("/cases").then().statusCode(403);

        TestKafka.send(membershipEvent(user, team, "JOINED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(user, "COUNSELLOR").body(caseJson(team)).post("/cases").then().statusCode(201));

        TestKafka.send(membershipEvent(user, team, "LEFT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(user, "COUNSELLOR").body(caseJson(team)).post("/cases").then().statusCode(403));
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, String> membershipEvent(String user,
                                                                                                      String team,
                                                                                                      String change) {
        String data = """
                {"schemaVersion":1,"userId":"%s","team":"%s","teamType":"MIXED","agency":"711","function":"COUNSELLOR",
                 "change":"%s","effectiveOn":"2026-11-01"}
                """.formatted(user, team, change);
        EventContract.assertAccepted("TeamMembershipChanged", data);
        return TestKafka.cloudEvent("access-events", user, UUID.randomUUID().toString(), "TeamMembershipChanged", data);
    }

    private static String openAs(String user, String team) {
        return as(user, "COUNSELLOR").body(caseJson(team)).post("/cases").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String user, String role) {
        return given().header("Authorization", bearer(user, role)).contentType(ContentType.JSON);
    }

    private static String caseJson(String team) {
        return """
                {"customerNumber":"777D000111","legalDomain":"SGB_III","agency":"711","team":"%s","counsellor":"anna"}
                """.formatted(team);
    }
}
