package de.agency.integration.cases.rest;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.cases.workflow.Memberships;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CaseResourceTest {

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-311-INGA1");
        Memberships.teamLead("lead", "X90-311-INGA1");
    }

    static final String VALID = """
            {"customerNumber":"123A456789","legalDomain":"SGB_III","agency":"311","team":"X90-311-INGA1","counsellor":"counsellor"}
            """;

    @Test
    void counsellorOpensCaseInProfiling() {
        String location = given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body(VALID)
                .when().post("/cases")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("phase", equalTo("PROFILING"))
                .extract().header("Location");

        given().header("Authorization", bearer("lead", "TEAM_LEAD"))
                .when().get(location)
                .then().statusCode(200)
                .body("customerNumber", equalTo("123A456789"));
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(VALID)
                .when().post("/cases")
                .then().statusCode(401);
    }

    @Test
    void requestWithWrongRoleIsForbidden() {
        given().header("Authorization", bearer("viewer", "REPORTING_VIEWER"))
                .contentType(ContentType.JSON).body(VALID)
                .when().post("/cases")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void unknownCaseIsNotFoundProblem() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .when().get("/cases/6f1c1c4e-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void missingFieldsAreNamed() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body("{\"legalDomain\":\"SGB_III\"}")
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("agency", "counsellor", "customerNumber", "team"));
    }

    @Test
    void unknownLegalDomainIsNamed() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body(VALID.replace("SGB_III", "SGB_XII"))
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("legalDomain"))
                .body("detail", containsString("allowed: [SGB_II, SGB_III]"));
    }

    @Test
    void malformedCustomerNumberIsNamed() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body(VALID.replace("123A456789", "12345"))
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("customerNumber"));
    }

    @Test
    void nulCharacterIsNamed() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body(VALID.replace("\"agency\":\"311\"", "\"agency\":\"3\\u00001\""))
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("agency"))
                .body("violations[0].message", containsString("NUL"));
    }

    @Test
    void unknownFieldIsRejected() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body(VALID.replace("{", "{\"priority\":1,"))
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("priority"));
    }

    /** Not the bodiless 404 JAX-RS prescribes for an unconvertible query parameter (EnumParameters). */
    @Test
    void anUnknownPhaseToListByIsBadRequestNamingTheParameter() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .queryParam("phase", "PHASE_FIVE")
                .when().get("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("phase"))
                .body("violations[0].message", containsString("PROFILING"))
                .body(not(containsString("PHASE_FIVE")));
    }

    @Test
    void missingBodyIsBadRequest() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON)
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsBadRequest() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body("{\"customerNumber\":")
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Malformed JSON"));
    }

    @Test
    void oversizedBodyIsRejected() {
        String huge = VALID.replace("\"counsellor\"}", "\"counsellor\",\"padding\":\"" + "x".repeat(100_000) + "\"}");
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body(huge)
                .when().post("/cases")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 65536"));
    }

    @Test
    void overlongFieldIsNamed() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON).body(VALID.replace("\"counsellor\"}", "\"" + "c".repeat(10_000) + "\"}"))
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("counsellor"))
                .body("violations[0].message", containsString("size must be between"));
    }
}
