package de.agency.integration.cases.sql;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.workflow.CaseApi;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.StatementsOfRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL the hottest endpoints send per request, statement for statement (Hibernate's statement inspector): a write
 * returns what it changed without reading back what it did not touch, and no query runs that the answer does not need.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class HotEndpointStatementsTest {

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-311-INGA1");
        Memberships.counsellor("counsellor", "X90-511-A");
    }

    @Test
    void openingACaseChecksTheMembershipAndWritesTheCaseItsTransitionAndBothEventsInOneBatch() {
        Response opened = given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON)
                .body("""
                        {"customerNumber":"123A456789","legalDomain":"SGB_III","agency":"311","team":"X90-311-INGA1",
                         "counsellor":"counsellor"}""")
                .post("/cases");
        opened.then().statusCode(201);
        // the two events (case-events, case-customers) are one JDBC batch, sent by the driver as one multi-row insert
        assertEquals(List.of("select team_membership_replica", "insert integration_case", "insert phase_transition",
                "insert outbox_event"), StatementsOfRequest.of(opened));
    }

    @Test
    void readingACaseLoadsItItsNeedsTheCallersMembershipAndThePlanningRowsOnce() {
        String id = CaseApi.open("SGB_III");
        Response read = given().header("Authorization", bearer("counsellor", "COUNSELLOR")).get("/cases/" + id);
        read.then().statusCode(200);
        assertEquals(List.of("select integration_case", "select need_for_action", "select team_membership_replica",
                "select selected_strategy", "select implementation_step", "select follow_up"), StatementsOfRequest.of(read));
    }
}
