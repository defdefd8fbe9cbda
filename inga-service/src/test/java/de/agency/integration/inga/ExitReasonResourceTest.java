package de.agency.integration.inga;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ExitReasonResourceTest {

    @Test
    void catalogueNamesValidAndInvalidReasons() {
        given().header("Authorization", bearer("inga", "INTEGRATION_COUNSELLOR_SGB3"))
                .when().get("/exit-reasons")
                .then().statusCode(200)
                .body("findAll { it.valid }.code", hasItems("INTEGRATED_EMPLOYMENT", "CHANGE_TO_SGB_II",
                        "MAX_DURATION_REACHED", "COUNSELLING_NOT_PURPOSEFUL", "OTHER"))
                .body("findAll { !it.valid }.code", hasItems("NEW_NEEDS_FOR_ACTION", "WORSE_INTEGRATION_PROGNOSIS"))
                .body("find { it.code == 'COUNSELLING_NOT_PURPOSEFUL' }.minMonthsInInga", equalTo(6))
                .body("find { it.code == 'COUNSELLING_NOT_PURPOSEFUL' }.requiresText", equalTo(true));
    }

    @Test
    void catalogueNeedsAnAgencyRole() {
        given().header("Authorization", bearer("admin", "ACCESS_ADMIN"))
                .when().get("/exit-reasons")
                .then().statusCode(403);
        given().when().get("/exit-reasons").then().statusCode(401);
    }
}
