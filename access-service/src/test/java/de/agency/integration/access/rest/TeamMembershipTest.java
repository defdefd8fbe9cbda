package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.newTeam;
import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class TeamMembershipTest {

    @Test
    void membershipBeforeTheCutOffGrantsTheRoleAndLeavingRevokesIt_eachAnEventOfTheContract() {
        String team = newTeam("INGA");
        asAdmin().body("{\"type\":\"INGA\",\"agency\":\"311\"}").put("/teams/{x90}", team).then().statusCode(200);
        String user = "u-" + UUID.randomUUID();

        asAdmin().body("{\"userId\":\"" + user + "\",\"function\":\"COUNSELLOR\",\"startDate\":\"2019-06-15\"}")
                .post("/teams/{x90}/members", team).then().statusCode(201)
                .body("grantedRole", equalTo("INTEGRATION_COUNSELLOR_SGB3"))
                .body("roleToRequest", nullValue());
        asAdmin().get("/users/{userId}/roles", user).then().statusCode(200)
                .body("role", contains("INTEGRATION_COUNSELLOR_SGB3"))
                .body("cause", contains("AUTO_FROM_X90"));

        asAdmin().queryParam("endDate", "2026-11-30").delete("/teams/{x90}/members/{userId}", team, user)
                .then().statusCode(200).body("[0].endDate", equalTo("2026-11-30"));
        asAdmin().get("/users/{userId}/roles", user).then().statusCode(200).body("$", empty());

        List<ConsumerRecord<String, String>> events = TestKafka.awaitAll("access-events", r -> user.equals(r.key()), 4);
        assertEquals(List.of("TeamMembershipChanged", "RoleGranted", "RoleRevoked", "TeamMembershipChanged"),
                events.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        events.forEach(r -> EventContract.assertConforms(TestKafka.header(r, "ce_type"), r.value()));
    }

    @Test
    void laterAppointeesAndMixedTeamLeadsGetNoRoleButAreToldToRequestIt() {
        String ingaTeam = newTeam("INGA");
        String mixedTeam = newTeam("MIXED");
        String user = "u-" + UUID.randomUUID();

        asAdmin().body("{\"userId\":\"" + user + "\",\"function\":\"COUNSELLOR\",\"startDate\":\"2019-06-16\"}")
                .post("/teams/{x90}/members", ingaTeam).then().statusCode(201)
                .body("grantedRole", nullValue())
                .body("roleToRequest", equalTo("INTEGRATION_COUNSELLOR_SGB3"));
        asAdmin().body("{\"userId\":\"" + user + "\",\"function\":\"TEAM_LEAD\",\"startDate\":\"2018-01-01\"}")
                .post("/teams/{x90}/members", mixedTeam).then().statusCode(201)
                .body("grantedRole", nullValue())
                .body("roleToRequest", equalTo("INGA_ADDITIONAL_PERMISSION"));
        asAdmin().get("/users/{userId}/roles", user).then().body("$", empty());
    }

    @Test
    void badInputIsNamed() {
        asAdmin().body("{\"type\":\"INGA\",\"agency\":\"311\"}").put("/teams/{x90}", "not-an-x90")
                .then().statusCode(400).body("violations[0].field", equalTo("x90"));
        asAdmin().body("{\"userId\":\"u\",\"function\":\"COUNSELLOR\",\"startDate\":\"2020-01-01\"}")
                .post("/teams/{x90}/members", "X90-NO-SUCH-TEAM").then().statusCode(404)
                .contentType("application/problem+json");

        String team = newTeam("INGA");
        asAdmin().body("{\"userId\":\"u\",\"function\":\"COUNSELLOR\",\"startDate\":-2147483647}")
                .post("/teams/{x90}/members", team).then().statusCode(400)
                .body("violations[0].field", equalTo("startDate"));
        String member = "{\"userId\":\"dup\",\"function\":\"COUNSELLOR\",\"startDate\":\"2020-01-01\"}";
        asAdmin().body(member).post("/teams/{x90}/members", team).then().statusCode(201);
        asAdmin().body(member).post("/teams/{x90}/members", team).then().statusCode(409);
        asAdmin().queryParam("endDate", "2019-12-31").delete("/teams/{x90}/members/{userId}", team, "dup")
                .then().statusCode(422).body("rule", equalTo("MEMBERSHIP_ENDS_AFTER_START"));
    }

    @Test
    void onlyAccessAdminsManageTeams() {
        given().header("Authorization", bearer("lead", "TEAM_LEAD")).contentType(ContentType.JSON)
                .body("{\"type\":\"INGA\",\"agency\":\"311\"}").put("/teams/{x90}", "X90-311-X")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"type\":\"INGA\",\"agency\":\"311\"}")
                .put("/teams/{x90}", "X90-311-X").then().statusCode(401);
    }

}
