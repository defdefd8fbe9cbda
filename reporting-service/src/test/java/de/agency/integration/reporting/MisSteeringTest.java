package de.agency.integration.reporting;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mis-steering monitor on three agencies' exits of 2016 (no other test's): an ordinary one (600 exits, 21 % of
 * them COUNSELLING_NOT_PURPOSEFUL), a small one whose 40 % of 10 exits chance explains, and a large one whose 36 % of
 * 150 it does not. Overall 184 of 760 = 24.21 %. Limits as the exact binomial gives them (FunnelLimitsTest).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class MisSteeringTest {

    /** The test profile's regional directorates: SOUTH holds F01 and F02, NORTH F03. */
    static final String ORDINARY = "F01";
    static final String SMALL = "F02";
    static final String LARGE = "F03";

    static boolean fed;

    @BeforeEach
    void feedOnce() {
        if (fed) {
            return;
        }
        fed = true;
        Events events = Events.batched();
        exits(events, ORDINARY, 600, 126);
        exits(events, SMALL, 10, 4);
        exits(events, LARGE, 150, 54);
        events.flush();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertEquals(760, in2016()
                .get("/reports/mis-steering").jsonPath().getList("exits", Integer.class).stream()
                .mapToInt(Integer::intValue).sum()));
    }

    private static void exits(Events events, String agency, int exits, int notPurposeful) {
        for (int i = 0; i < exits; i++) {
            String enrollment = UUID.randomUUID().toString();
            events.enrolled(enrollment, agency, "X90-" + agency, "c", "2015-03-01", "2017-03-01");
            events.exit(enrollment, agency, i < notPurposeful ? "COUNSELLING_NOT_PURPOSEFUL" : "INTEGRATED_EMPLOYMENT",
                    "2016-0" + (1 + i % 9) + "-15", 10);
        }
    }

    @Test
    void theLargeAgencyLiesAboveTheOuterLimit_theSmallOneWithAHighShareAndTheOrdinaryOneDoNot() {
        JsonPath rows = in2016().get("/reports/mis-steering").then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(ORDINARY, SMALL, LARGE), rows.getList("key"));
        assertEquals(List.of("WITHIN_LIMITS", "WITHIN_LIMITS", "ABOVE_OUTER_LIMIT"), rows.getList("flag"));
        assertEquals(List.of(21.0f, 40.0f, 36.0f), rows.getList("sharePercent"));
        assertEquals(List.of(24.21f, 24.21f, 24.21f), rows.getList("overallSharePercent"));
        assertEquals(List.of("SOUTH", "SOUTH", "NORTH"), rows.getList("regionalDirectorate"));
        // the large agency's 36 % against its outer limit of 35.15 %; the small one's 40 % within its inner 48.44 %
        assertEquals(Map.of("inner", 30.91f, "outer", 35.15f), Map.of("inner", rows.get("[2].innerUpperPercent"),
                "outer", rows.get("[2].outerUpperPercent")));
        assertEquals(48.44f, (Float) rows.get("[1].innerUpperPercent"));
        assertEquals(20.74f, (Float) rows.get("[0].innerLowerPercent"));
    }

    @Test
    void regionalDirectoratesAreJudgedOnTheirAgenciesTogether() {
        in2016().queryParam("groupBy", "REGIONAL_DIRECTORATE").get("/reports/mis-steering").then().statusCode(200)
                .body("key", contains("NORTH", "SOUTH"))
                .body("exits", contains(150, 610)).body("notPurposeful", contains(54, 130))
                .body("flag", contains("ABOVE_OUTER_LIMIT", "WITHIN_LIMITS"));
    }

    @Test
    void theMonitoringReportFlagsTheAgencyAboveTheOuterLimit() {
        JsonPath monitoring = in2016().get("/reports/not-purposeful-monitoring").jsonPath();

        assertEquals(true, monitoring.get("find { it.agency == '" + LARGE + "' }.agencyFlagged"));
        assertEquals(false, monitoring.get("find { it.agency == '" + SMALL + "' }.agencyFlagged"));
        assertEquals(false, monitoring.get("find { it.agency == '" + ORDINARY + "' }.agencyFlagged"));
    }

    @Test
    void theLimitCurvesReachTheLargestAgencyAndMatchItsRow() {
        JsonPath curve = in2016().get("/reports/mis-steering-limits").then().statusCode(200).extract().jsonPath();
        List<Integer> exits = curve.getList("exits", Integer.class);

        assertEquals(1, exits.get(0));
        assertEquals(600, exits.get(exits.size() - 1));
        assertEquals(20.74f, (Float) curve.get("[-1].innerLowerPercent"));
        assertEquals(in2016().queryParam("upTo", 150).get("/reports/mis-steering-limits").jsonPath()
                .get("[-1].outerUpperPercent"), (Float) 35.15f);
    }

    @Test
    void bothAsCsvAndBadParametersAreProblems() {
        in2016().queryParam("format", "csv").get("/reports/mis-steering").then().statusCode(200)
                .body(startsWith("groupedBy,key,regionalDirectorate,exits,notPurposeful,sharePercent,"
                        + "overallSharePercent,innerLowerPercent,innerUpperPercent,outerLowerPercent,outerUpperPercent,"
                        + "flag\r\nAGENCY,F01,SOUTH,600,126,21.00,24.21,"));
        in2016().queryParam("groupBy", "TEAM").get("/reports/mis-steering").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("groupBy"));
        in2016().queryParam("groupBy", "AGENCIES").get("/reports/contact-frequency").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("groupBy"));
        in2016().queryParam("upTo", 0).get("/reports/mis-steering-limits").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("upTo"));
    }

    private static RequestSpecification in2016() {
        return given().header("Authorization", bearer("m-viewer", "REPORTING_VIEWER"))
                .queryParam("from", "2016-01-01").queryParam("to", "2016-12-31");
    }
}
