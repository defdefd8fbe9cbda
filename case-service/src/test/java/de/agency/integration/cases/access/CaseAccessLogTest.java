package de.agency.integration.cases.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.AccessLogs;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every read of a case is in the access log, which only the data protection officer reads; no log, no read. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CaseAccessLogTest {

    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");
    static final Caller LEAD = Caller.of("log-lead", "TEAM_LEAD");

    @BeforeAll
    static void team() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
        Memberships.teamLead("log-lead", CaseFixtures.TEAM);
    }

    @Test
    void everyReadOfTheCaseIsLoggedWithWhoWhichCaseWhichCustomerAndTheEndpoint() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.GOAL_SETTING, false);

        COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).then().statusCode(200);
        LEAD.request().get("/cases/{id}/notes", fixture.caseId()).then().statusCode(200);
        LEAD.request().queryParam("customerNumber", fixture.customerNumber()).get("/cases").then().statusCode(200);
        COUNSELLOR.request().body("{\"type\":\"COUNSELLING\",\"text\":\"Talked\"}")
                .post("/cases/{id}/notes", fixture.caseId()).then().statusCode(201);

        JsonPath log = AccessLogs.about(fixture.customerNumber());
        assertEquals(List.of("log-lead", "log-lead", CaseFixtures.COUNSELLOR), log.getList("items.userId"),
                "the three reads, newest first; the write is no read");
        assertEquals(List.of("GET /cases", "GET /cases/" + fixture.caseId() + "/notes", "GET /cases/" + fixture.caseId()),
                log.getList("items.endpoint"));
        assertEquals(List.of("CASE"), log.getList("items.resourceKind").stream().distinct().toList());
        assertEquals(List.of(fixture.caseId().toString()), log.getList("items.resourceId").stream().distinct().toList());
    }

    @Test
    void whenTheAccessLogCannotBeWrittenTheReadIsRefusedAndShowsNothing() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.GOAL_SETTING, false);

        AccessLogs.whileUnwritable(() -> COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).then()
                .statusCode(503).header("Retry-After", equalTo("5"))
                .contentType("application/problem+json")
                .body(not(containsString(fixture.customerNumber()))));

        COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).then().statusCode(200);
    }

    @Test
    void onlyTheDataProtectionOfficerReadsTheAccessLog() {
        COUNSELLOR.request().get("/access-log").then().statusCode(403);
        Caller.of("admin", "ACCESS_ADMIN").request().get("/access-log").then().statusCode(403);
        Caller.withoutToken().request().get("/access-log").then().statusCode(401);
    }
}
