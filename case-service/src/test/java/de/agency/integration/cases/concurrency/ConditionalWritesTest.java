package de.agency.integration.cases.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.AccessMatrix;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Optimistic concurrency on the API: {@code GET /cases/{id}} answers the case's version as ETag; a change naming an
 * older version in If-Match is refused with 412 and the current ETag and changes nothing; the current one (or *)
 * goes ahead and answers the new ETag.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class ConditionalWritesTest {

    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");
    static final String PROFILING = """
            {"strengths":["Punctual"],"needs":[{"dimension":"QUALIFICATION","description":"Licence expired"}],
             "conclusion":"Renewal first"}
            """;

    @BeforeAll
    static void counsellor() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
    }

    @Test
    void theETagOfACaseIsItsVersion() {
        UUID caseId = CaseFixtures.inPhase(Phase.PROFILING, false).caseId();

        Response read = COUNSELLOR.request().get("/cases/{id}", caseId);

        assertEquals(200, read.statusCode());
        assertEquals("\"" + read.jsonPath().getLong("version") + "\"", read.header("ETag"));
    }

    @Test
    void aChangeNamingAnOlderVersionIsRefusedWith412AndChangesNothing() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.PROFILING, false);
        String seen = COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).header("ETag");
        String changed = COUNSELLOR.request().header("If-Match", seen).body(PROFILING)
                .put("/cases/{id}/profiling", fixture.caseId()).then().statusCode(200).extract().header("ETag");
        assertNotEquals(seen, changed, "a change gives the case a new version");

        Response stale = COUNSELLOR.request().header("If-Match", seen)
                .post("/cases/{id}/profiling/complete", fixture.caseId());

        assertEquals(412, stale.statusCode(), stale.asString());
        assertEquals("application/problem+json", stale.contentType());
        assertEquals(changed, stale.header("ETag"));
        AccessMatrix.assertNoSocialData("412", stale, fixture.socialData());
        assertEquals("PROFILING", COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).jsonPath().getString("phase"));
    }

    @Test
    void theCurrentVersionOrAnyGoesAhead() {
        UUID caseId = CaseFixtures.inPhase(Phase.PROFILING, false).caseId();
        String current = COUNSELLOR.request().get("/cases/{id}", caseId).header("ETag");

        String next = COUNSELLOR.request().header("If-Match", "\"999999\", " + current).body(PROFILING)
                .put("/cases/{id}/profiling", caseId).then().statusCode(200).extract().header("ETag");
        COUNSELLOR.request().header("If-Match", "*").post("/cases/{id}/profiling/complete", caseId)
                .then().statusCode(200);

        assertNotEquals(current, next);
    }

    @Test
    void aStaleVersionIsNoConcernOfACallerWithoutAccess() {
        UUID caseId = CaseFixtures.inPhase(Phase.PROFILING, false).caseId();

        Caller.of("m-stranger", "COUNSELLOR").request().header("If-Match", "\"999999\"").body(PROFILING)
                .put("/cases/{id}/profiling", caseId).then().statusCode(403);
    }

    @Test
    void changesDocumentIfMatchAnd412() {
        var document = io.restassured.RestAssured.given().queryParam("format", "json").get("/q/openapi").then()
                .extract().jsonPath();

        assertEquals("If-Match", document.getString("paths.'/cases/{id}/goal'.put.parameters.find { it.name == 'If-Match' }.name"));
        assertEquals("#/components/schemas/Problem",
                document.getString("paths.'/cases/{id}/goal'.put.responses.'412'.content.'application/problem+json'.schema.'$ref'"));
        assertEquals("ETag", document.getMap("paths.'/cases/{id}'.get.responses.'200'.headers").keySet().iterator().next());
    }
}
