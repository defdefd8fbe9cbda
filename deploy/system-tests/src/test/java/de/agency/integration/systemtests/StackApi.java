package de.agency.integration.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;

/** The calls the system tests make against the shared stack as the demo users do: tokens, cases, the case report. */
public final class StackApi {

    /** The demo team of the local stack: counsellor, inga-counsellor and teamlead work in it. */
    public static final String DEMO_TEAM = "X90-311-INGA1";

    private StackApi() {
    }

    /** Events case-service's outbox holds for Kafka, from its metrics. */
    public static double outboxBacklog() {
        String metrics = given().when().get(SharedStack.get().serviceUrl("case-service") + "/q/metrics")
                .then().extract().asString();
        return metrics.lines().filter(line -> line.startsWith("outbox_backlog"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
    }

    /** {@code POST /cases} for a new customer of the demo team in the agency. */
    public static io.restassured.response.Response openCase(String token, String agency) {
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(caseJson(agency))
                .when().post(SharedStack.get().serviceUrl("case-service") + "/cases");
    }

    /** Until reporting counts the agency's cases as expected. */
    public static void awaitOpenedCases(String agency, int expected) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEquals(expected, openedCases(agency)));
    }

    /** The agency's cases as reporting counts them. */
    public static int openedCases(String agency) {
        Integer cases = given().header("Authorization", "Bearer " + token("viewer"))
                .when().get(SharedStack.get().serviceUrl("reporting-service") + "/reports/cases")
                .then().statusCode(200)
                .extract().path("byAgency.find { it.agency == '" + agency + "' }.cases");
        return cases == null ? 0 : cases;
    }

    /** A token from Keycloak for a demo user, by password grant on the public client. */
    public static String token(String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "agency-cli")
                .formParam("username", user)
                .formParam("password", "demo")
                .when().post(SharedStack.get().tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The body of {@code POST /cases} for the demo counsellor. */
    public static String caseJson(String agency) {
        return """
                {"customerNumber":"123A456789","legalDomain":"SGB_III","agency":"%s","team":"%s","counsellor":"counsellor"}
                """.formatted(agency, DEMO_TEAM);
    }

    /** An agency code of its own, so that a test counts only its cases. */
    public static String uniqueAgency() {
        return "E" + UUID.randomUUID().toString().substring(0, 8);
    }
}
