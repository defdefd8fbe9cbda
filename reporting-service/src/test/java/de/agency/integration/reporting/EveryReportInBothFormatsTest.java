package de.agency.integration.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every report the OpenAPI document lists answers JSON, and CSV with a header line for {@code format=csv}. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class EveryReportInBothFormatsTest {

    static final Caller VIEWER = Caller.of("viewer", "REPORTING_VIEWER");

    @Test
    void everyReportAnswersJsonAndCsv() {
        Map<String, Object> paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> reports = paths.keySet().stream().filter(path -> path.startsWith("/reports/")).sorted().toList();
        assertTrue(reports.size() >= 9, "reports listed: " + reports);

        for (String report : reports) {
            Response json = VIEWER.request().get(report);
            assertEquals(200, json.statusCode(), report + ": " + json.asString());
            assertTrue(json.contentType().startsWith("application/json"), report + " as JSON: " + json.contentType());

            Response csv = VIEWER.request().queryParam("format", "csv").get(report);
            assertEquals(200, csv.statusCode(), report + "?format=csv: " + csv.asString());
            assertTrue(csv.contentType().startsWith("text/csv"), report + "?format=csv: " + csv.contentType());
            String header = csv.asString().split("\r\n", 2)[0];
            assertFalse(header.isBlank() || header.startsWith("{") || header.startsWith("["),
                    report + "?format=csv starts with a header line: " + header);
        }
    }
}
