package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.as;
import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.join;
import static de.agency.integration.access.AccessApi.newTeam;
import static de.agency.integration.access.AccessApi.newUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The request workflow for roles the X90 rules do not grant automatically (DESIGN.md 1.3). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class RoleRequestTest {

    private static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";
    private static final String ADDITIONAL = "INGA_ADDITIONAL_PERMISSION";

    @Test
    void lateIngaCounsellorRequestsTheRole_anotherAdminApproves_andTheRoleLapsesWithTheMembership() {
        String team = newTeam("INGA");
        String user = newUser();
        join(team, user, "COUNSELLOR", "2019-06-16");

        String id = as(user, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("team", equalTo(team)).body("requestedBy", equalTo(user))
                .extract().path("id");
        as(user, "COUNSELLOR").get("/role-requests").then().statusCode(200).body("id", contains(id));

        asAdmin().post("/role-requests/{id}/approve", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("admin"));
        asAdmin().get("/users/{userId}/roles", user).then()
                .body("role", contains(SGB3)).body("cause", contains("APPROVED_REQUEST"));

        asAdmin().queryParam("endDate", "2026-10-31").delete("/teams/{x90}/members/{userId}", team, user)
                .then().statusCode(200);
        asAdmin().get("/users/{userId}/roles", user).then().body("$", empty());

        List<ConsumerRecord<String, String>> events = TestKafka.awaitAll("access-events", r -> user.equals(r.key()), 6);
        assertEquals(List.of("TeamMembershipChanged", "RoleRequested", "RoleRequestDecided", "RoleGranted",
                "RoleRevoked", "TeamMembershipChanged"), events.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        events.forEach(r -> EventContract.assertConforms(TestKafka.header(r, "ce_type"), r.value()));
    }

    @Test
    void everyLeadOfAMixedTeamMayRequestTheAdditionalPermission() {
        String team = newTeam("MIXED");
        String lead = newUser();
        join(team, lead, "TEAM_LEAD", "2018-01-01");

        String id = as(lead, "TEAM_LEAD").body("{\"role\":\"" + ADDITIONAL + "\",\"team\":\"" + team + "\"}")
                .post("/role-requests").then().statusCode(201).extract().path("id");
        asAdmin().post("/role-requests/{id}/approve", id).then().statusCode(200);
        asAdmin().get("/users/{userId}/roles", lead).then().body("role", contains(ADDITIONAL));
    }

    @Test
    void aRequestTheRulesMakePointlessIsRefusedWithTheReason() {
        String inga = newTeam("INGA");
        String other = newTeam("OTHER");
        String early = newUser();
        join(inga, early, "COUNSELLOR", "2019-06-15");
        as(early, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("ROLE_ALREADY_HELD")).body("violations[0].field", equalTo("role"));

        String elsewhere = newUser();
        join(other, elsewhere, "COUNSELLOR", "2020-01-01");
        as(elsewhere, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(422).body("rule", equalTo("NO_QUALIFYING_MEMBERSHIP"))
                .body("detail", containsString("counsellors of a MIXED team"));

        String counsellor = newUser();
        join(inga, counsellor, "COUNSELLOR", "2020-01-01");
        as(counsellor, "COUNSELLOR").body("{\"role\":\"" + ADDITIONAL + "\"}").post("/role-requests")
                .then().statusCode(422).body("rule", equalTo("NO_QUALIFYING_MEMBERSHIP"));
        as(counsellor, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\",\"team\":\"" + other + "\"}")
                .post("/role-requests").then().statusCode(422).body("violations[0].field", equalTo("team"));
    }

    @Test
    void oneRequestPendingPerRole() {
        String team = newTeam("MIXED");
        String user = newUser();
        join(team, user, "COUNSELLOR", "2020-01-01");
        String id = as(user, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(201).extract().path("id");
        as(user, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(409).body("allowed[0]", equalTo("POST /role-requests/" + id + "/approve"));
    }

    @Test
    void nobodyDecidesARequestOfHisOrHerOwn_andOnlyAccessAdminsDecide() {
        String team = newTeam("MIXED");
        String admin = newUser();
        join(team, admin, "COUNSELLOR", "2020-01-01");
        String own = as(admin, "ACCESS_ADMIN", "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(201).extract().path("id");
        as(admin, "ACCESS_ADMIN").post("/role-requests/{id}/approve", own).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("own"));

        String filer = newUser();
        String colleague = newUser();
        join(team, colleague, "COUNSELLOR", "2020-01-01");
        String filed = as(filer, "ACCESS_ADMIN").body("{\"userId\":\"" + colleague + "\",\"role\":\"" + SGB3 + "\"}")
                .post("/role-requests").then().statusCode(201).extract().path("id");
        as(filer, "ACCESS_ADMIN").post("/role-requests/{id}/approve", filed).then().statusCode(403);
        as("lead", "TEAM_LEAD").post("/role-requests/{id}/approve", filed).then().statusCode(403);
        as(colleague, "COUNSELLOR").post("/role-requests/{id}/reject", filed).then().statusCode(403);

        asAdmin().get("/users/{userId}/roles", colleague).then().body("$", empty());
    }

    @Test
    void onlyAccessAdminsRequestForOthers() {
        String team = newTeam("MIXED");
        String colleague = newUser();
        join(team, colleague, "COUNSELLOR", "2020-01-01");
        as("someone", "COUNSELLOR").body("{\"userId\":\"" + colleague + "\",\"role\":\"" + SGB3 + "\"}")
                .post("/role-requests").then().statusCode(403);
        as("viewer", "REPORTING_VIEWER").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(403);
    }

    @Test
    void rejectionIsDecidedOnceAndItsReasonStaysOutOfTheEvent() {
        String team = newTeam("MIXED");
        String user = newUser();
        join(team, user, "COUNSELLOR", "2020-01-01");
        String id = as(user, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(201).extract().path("id");
        String reason = "Works with SGB II customers only " + user;

        asAdmin().body("{\"reason\":\"" + reason + "\"}").post("/role-requests/{id}/reject", id)
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("rejectReason", equalTo(reason));
        asAdmin().body("{\"reason\":\"again\"}").post("/role-requests/{id}/reject", id).then().statusCode(409);
        asAdmin().post("/role-requests/{id}/approve", id).then().statusCode(409);
        asAdmin().body("{}").post("/role-requests/{id}/reject", id).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));

        ConsumerRecord<String, String> decided = TestKafka.await("access-events",
                r -> user.equals(r.key()) && "RoleRequestDecided".equals(TestKafka.header(r, "ce_type")));
        EventContract.assertConforms("RoleRequestDecided", decided.value());
        assertFalse(decided.value().contains("SGB II customers"), decided.value());
    }

    @Test
    void approvalAfterTheQualifyingMembershipEndedIsRefused() {
        String team = newTeam("INGA");
        String user = newUser();
        join(team, user, "COUNSELLOR", "2021-01-01");
        String id = as(user, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(201).extract().path("id");
        asAdmin().queryParam("endDate", "2026-06-30").delete("/teams/{x90}/members/{userId}", team, user)
                .then().statusCode(200);

        asAdmin().post("/role-requests/{id}/approve", id).then().statusCode(422)
                .body("rule", equalTo("NO_QUALIFYING_MEMBERSHIP"));
        asAdmin().get("/role-requests/{id}", id).then().body("status", equalTo("REQUESTED"));
        asAdmin().get("/role-requests/{id}", "7f3b8a52-0000-4000-8000-000000000000").then().statusCode(404);
    }
}
