package de.agency.integration.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.devstack.LocalStack;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts the whole local stack as the run command does (real PostgreSQL, Kafka, Keycloak and the four packaged
 * services, on free ports) and drives it with real tokens from Keycloak.
 */
class LocalStackEndToEndTest {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.onFreePorts(Path.of("target", "stack")).start();
        System.out.println("Local stack started in " + stack.startupTime().toMillis() + " ms");
        stack.residentMemoryKb().forEach((name, kb) -> System.out.println("RSS " + name + ": " + kb + " kB"));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void caseOpenedWithKeycloakTokenIsCountedByReporting() {
        String agency = uniqueAgency();

        openCase(token("counsellor"), agency).then().statusCode(201);

        awaitOpenedCases(agency, 1);
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(caseJson(uniqueAgency()))
                .when().post(stack.serviceUrl("case-service") + "/cases")
                .then().statusCode(401);
    }

    @Test
    void requestWithWrongRoleIsForbidden() {
        openCase(token("viewer"), uniqueAgency()).then().statusCode(403);
        given().header("Authorization", "Bearer " + token("counsellor"))
                .when().get(stack.serviceUrl("reporting-service") + "/reports/cases")
                .then().statusCode(403);
    }

    @Test
    void casesOpenedWhileKafkaIsDownReachReportingExactlyOnce() {
        String agency = uniqueAgency();
        String counsellor = token("counsellor");
        token("viewer"); // fetched while everything is up

        stack.killKafka();
        try {
            for (int i = 0; i < 5; i++) {
                openCase(counsellor, agency).then().statusCode(201);
            }
        } finally {
            stack.restartKafka();
        }

        awaitOpenedCases(agency, 5);
        // Give a late duplicate from the relay time to arrive: the count must not move past 5.
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(5, openedCases(agency)));
    }

    private static io.restassured.response.Response openCase(String token, String agency) {
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).body(caseJson(agency))
                .when().post(stack.serviceUrl("case-service") + "/cases");
    }

    private static void awaitOpenedCases(String agency, int expected) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertEquals(expected, openedCases(agency)));
    }

    private static int openedCases(String agency) {
        Integer cases = given().header("Authorization", "Bearer " + token("viewer"))
                .when().get(stack.serviceUrl("reporting-service") + "/reports/cases")
                .then().statusCode(200)
                .extract().path("byAgency.find { it.agency == '" + agency + "' }.cases");
        return cases == null ? 0 : cases;
    }

    /** A token from Keycloak for a demo user, by password grant on the public client. */
    private static String token(String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "agency-cli")
                .formParam("username", user)
                .formParam("password", "demo")
                .when().post(stack.tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String caseJson(String agency) {
        return """
                {"customerNumber":"123A456789","legalDomain":"SGB_III","agency":"%s","team":"X90-311-INGA1","counsellor":"counsellor"}
                """.formatted(agency);
    }

    private static String uniqueAgency() {
        return "E" + UUID.randomUUID().toString().substring(0, 8);
    }
}
