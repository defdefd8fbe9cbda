package de.agency.integration.reporting;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A known sequence of events of all three topics gives known figures in every report, the same after every event
 * is delivered twice, and the same after a rebuild from the topics.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsTest {

    static final String AGENCY = "R" + UUID.randomUUID().toString().substring(0, 6);
    static final String T1 = "X90-" + AGENCY + "-1";
    static final String T2 = "X90-" + AGENCY + "-2";
    static final String T3 = "X90-" + AGENCY + "-3";
    static final String E1 = UUID.randomUUID().toString();
    static final String E2 = UUID.randomUUID().toString();
    static final String E3 = UUID.randomUUID().toString();
    static final String E4 = UUID.randomUUID().toString();
    static final String E5 = UUID.randomUUID().toString();
    /**
     * The agency's day during this test: E5 nears its maximum duration from it, and its start lies outside the
     * months the figures of 2025 name (with the real day, it drifted into them).
     */
    static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    static final LocalDate E5_END = TODAY.plusDays(30);
    static final String LAST_CONTACT = UUID.randomUUID().toString();
    /** A regional director: reporting viewer, and lead of the agency's teams, so he or she sees their named rows. */
    static final String DIRECTOR = "director-" + AGENCY;

    static final Events EVENTS = new Events();
    static boolean fed;

    @Inject
    MovableClock clock;

    @BeforeEach
    void feedOnce() {
        clock.setDay(TODAY);
        if (!fed) {
            feed();
            fed = true;
        }
    }

    private static void feed() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        EVENTS.caseOpened(a, AGENCY, T1, "SGB_III", "2026-01-05");
        EVENTS.caseOpened(b, AGENCY, T1, "SGB_II", "2026-01-06");
        EVENTS.noteRecorded(b, "PROFILING_ASSESSMENT");
        EVENTS.caseOpened(c, AGENCY, T1, "SGB_II", "2026-01-07");
        EVENTS.noteRecorded(c, "FOLLOW_UP");

        EVENTS.enrolled(E1, AGENCY, T1, "c1", "2025-01-10", "2027-01-10");
        EVENTS.enrolled(E2, AGENCY, T1, "c1", "2025-02-01", "2027-02-01");
        EVENTS.enrolled(E3, AGENCY, T2, "c2", "2025-03-01", "2027-03-01");
        EVENTS.enrolled(E4, AGENCY, T2, "c2", "2025-02-10", "2027-02-10");
        EVENTS.enrolled(E5, AGENCY, T3, "c3", E5_END.minusMonths(24).toString(), E5_END.toString());
        EVENTS.contact(E1, "IN_PERSON", "2025-02-01");
        EVENTS.contact(E1, "PHONE", "2025-03-01");
        EVENTS.contact(E1, "WRITTEN", "2025-04-01");
        EVENTS.contact(E2, "VIDEO", "2025-03-01");
        EVENTS.contact(E2, "GROUP", "2025-04-01");
        EVENTS.earlyExitRefused(E3, AGENCY, T2, "2025-05-01", 2);
        EVENTS.exit(E1, AGENCY, "COUNSELLING_NOT_PURPOSEFUL", "2025-09-15", 8);
        EVENTS.exit(E2, AGENCY, "INTEGRATED_EMPLOYMENT", "2025-09-20", 7);
        EVENTS.exit(E3, AGENCY, "COUNSELLING_NOT_PURPOSEFUL", "2025-10-01", 7);

        String inga = "X90-" + AGENCY + "-INGA";
        for (String team : List.of(T1, T2, T3, inga)) {
            EVENTS.membership(DIRECTOR, team, "INGA", AGENCY, "TEAM_LEAD", "JOINED");
        }
        EVENTS.roleGranted(DIRECTOR, "INGA_ADDITIONAL_PERMISSION");
        EVENTS.membership("u1-" + AGENCY, inga, "INGA", AGENCY, "COUNSELLOR", "JOINED");
        EVENTS.roleGranted("u1-" + AGENCY, "INTEGRATION_COUNSELLOR_SGB3");
        EVENTS.membership("u2-" + AGENCY, inga, "INGA", AGENCY, "COUNSELLOR", "JOINED");
        EVENTS.membership("u3-" + AGENCY, inga, "INGA", AGENCY, "TEAM_LEAD", "JOINED");
        EVENTS.roleGranted("u3-" + AGENCY, "INTEGRATION_COUNSELLOR_SGB3");
        EVENTS.membership("u4-" + AGENCY, inga, "INGA", AGENCY, "COUNSELLOR", "JOINED");
        EVENTS.membership("u4-" + AGENCY, inga, "INGA", AGENCY, "COUNSELLOR", "LEFT");
        EVENTS.membership("u5-" + AGENCY, "X90-" + AGENCY + "-MIX", "MIXED", AGENCY, "COUNSELLOR", "JOINED");

        EVENTS.contact(E4, "PHONE", "2025-03-01");
        awaitAllApplied();
    }

    /** The marker: the last event of every topic has been applied. */
    static void awaitAllApplied() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            inAgency().queryParam("groupBy", "ENROLLMENT").get("/reports/contact-frequency")
                    .then().body("find { it.key == '" + E4 + "' }.contacts", equalTo(1));
            inAgency().get("/reports/members-lacking-role").then().body("size()", equalTo(2));
            inAgency().get("/reports/sgb2-compliance").then().body("size()", equalTo(1));
        });
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @Order(1)
    void everyReportGivesTheKnownFigures() {
        assertKnownFigures();
    }

    @Test
    @Order(2)
    void everyEventDeliveredTwiceChangesNoFigure() {
        EVENTS.redeliverAll();
        EVENTS.contact(LAST_CONTACT, "PHONE", "2025-03-01"); // poison: no such enrollment -> dead letter
        EVENTS.contact(E4, "PHONE", "2025-03-02");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> inAgency()
                .queryParam("groupBy", "ENROLLMENT").get("/reports/contact-frequency")
                .then().body("find { it.key == '" + E4 + "' }.contacts", equalTo(2)));
        assertKnownFigures();
    }

    @Test
    @Order(3)
    void aRebuildFromTheTopicsGivesIdenticalFigures() {
        Map<String, String> before = allReports();
        given().header("Authorization", bearer("viewer", "REPORTING_VIEWER")).post("/rebuild").then().statusCode(403);

        given().header("Authorization", bearer("reporting-admin", "REPORTING_ADMIN")).post("/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given()
                .header("Authorization", bearer("reporting-admin", "REPORTING_ADMIN")).get("/rebuild")
                .then().body("state", equalTo("DONE")));

        assertEquals(before, allReports());
        assertKnownFigures();
    }

    @Test
    @Order(4)
    void csvExportIsRfc4180WithAHeader() {
        String csv = inAgency().queryParam("format", "csv").get("/reports/exits-by-reason")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", equalTo("attachment; filename=\"exits-by-reason.csv\""))
                .extract().asString();
        assertEquals("reason,exits,sharePercent\r\nCOUNSELLING_NOT_PURPOSEFUL,2,66.7\r\nINTEGRATED_EMPLOYMENT,1,33.3\r\n",
                csv);
        inAgency().queryParam("format", "xml").get("/reports/exits-by-reason").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    /** 4 of 5 exits far above the others' 1 of 10: too few exits to tell mis-steering from chance (MisSteeringTest). */
    @Test
    @Order(5)
    void anAgencyWithAHighShareOfTooFewExitsIsNotFlagged() {
        String heavy = "P" + UUID.randomUUID().toString().substring(0, 6);
        String normal = "Q" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 15; i++) {
            String agency = i < 5 ? heavy : normal;
            String reason = i < 4 || i == 5 ? "COUNSELLING_NOT_PURPOSEFUL" : "INTEGRATED_TRAINING";
            String enrollment = UUID.randomUUID().toString();
            EVENTS.enrolled(enrollment, agency, "X90-" + agency, "c", "2018-06-01", "2020-06-01");
            EVENTS.exit(enrollment, agency, reason, "2019-03-0" + (1 + i % 9), 9);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> viewer().queryParam("agency", normal)
                .get("/reports/exits-by-reason").then().body("exits.sum()", equalTo(10)));

        viewer().queryParam("from", "2019-01-01").queryParam("to", "2019-12-31").get("/reports/not-purposeful-monitoring")
                .then()
                .body("find { it.agency == '" + heavy + "' }.notPurposeful", equalTo(4))
                .body("find { it.agency == '" + heavy + "' }.sharePercent", equalTo(80.0f))
                .body("find { it.agency == '" + heavy + "' }.months9to11", equalTo(4))
                .body("find { it.agency == '" + heavy + "' }.agencyFlagged", equalTo(false))
                .body("find { it.agency == '" + normal + "' }.agencyFlagged", equalTo(false));
        viewer().queryParam("from", "2019-01-01").queryParam("to", "2019-12-31").get("/reports/mis-steering")
                .then()
                .body("find { it.key == '" + heavy + "' }.flag", equalTo("TOO_FEW_EXITS"))
                .body("find { it.key == '" + normal + "' }.flag", equalTo("WITHIN_LIMITS"));
    }

    @Test
    @Order(6)
    void teamLeadsAndViewersReadReports_othersDoNot() {
        viewer().queryParam("agency", AGENCY).get("/reports/caseload").then().statusCode(200)
                .body("team", contains(T2, T3)).body("openEnrollments", contains(1, 1));
        // u3 leads the agency's Inga team only, which has no enrollment: no row of the other teams
        given().header("Authorization", bearer("u3-" + AGENCY, "TEAM_LEAD")).queryParam("agency", AGENCY)
                .get("/reports/caseload").then().statusCode(200).body("$", empty());
        given().header("Authorization", bearer("c", "COUNSELLOR")).queryParam("agency", AGENCY)
                .get("/reports/caseload").then().statusCode(403).contentType("application/problem+json")
                .body(not(containsString(T2)));
        given().get("/reports/caseload").then().statusCode(401);
    }

    private static void assertKnownFigures() {
        viewer().get("/reports/cases").then().body("byAgency.find { it.agency == '" + AGENCY + "' }.cases", equalTo(3));
        inAgency().get("/reports/caseload").then()
                .body("team", contains(T2, T3)).body("openEnrollments", contains(1, 1));
        inAgency().get("/reports/exits-by-reason").then()
                .body("reason", contains("COUNSELLING_NOT_PURPOSEFUL", "INTEGRATED_EMPLOYMENT"))
                .body("exits", contains(2, 1)).body("sharePercent", contains(66.7f, 33.3f));
        inAgency().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/reports/enrollments-over-time")
                .then().body("month", contains("2025-01", "2025-02", "2025-03", "2025-09", "2025-10"))
                .body("enrollments", contains(1, 2, 1, 0, 0)).body("exits", contains(0, 0, 0, 2, 1));
        inAgency().get("/reports/not-purposeful-monitoring").then()
                .body("month", contains("2025-05", "2025-09", "2025-10"))
                .body("exits", contains(0, 2, 1)).body("notPurposeful", contains(0, 1, 1))
                .body("sharePercent", contains(0.0f, 50.0f, 100.0f))
                .body("medianMonthsInInga", contains(null, 8.0f, 7.0f))
                .body("months6to8", contains(0, 1, 1))
                .body("refusedEarly", contains(1, 0, 0))
                .body("agencyFlagged", contains(false, false, false));
        inAgency().queryParam("groupBy", "ENROLLMENT").get("/reports/contact-frequency").then()
                .body("find { it.key == '" + E1 + "' }.contactsPerMonth", equalTo(0.37f))
                .body("find { it.key == '" + E1 + "' }.months", equalTo(8.15f))
                .body("find { it.key == '" + E2 + "' }.contactsPerMonth", equalTo(0.26f))
                .body("find { it.key == '" + E3 + "' }.contacts", equalTo(0));
        inAgency().queryParam("groupBy", "COUNSELLOR").get("/reports/contact-frequency").then()
                .body("find { it.key == 'c1' }.enrollments", equalTo(2))
                .body("find { it.key == 'c1' }.contacts", equalTo(5))
                .body("find { it.key == 'c1' }.contactsPerMonth", equalTo(0.32f));
        inAgency().get("/reports/nearing-max-duration").then()
                .body("enrollmentId", contains(E5)).body("daysLeft", contains(30))
                .body("latestEndDate", contains(E5_END.toString()));
        inAgency().get("/reports/sgb2-compliance").then()
                .body("sgb2Cases", contains(2)).body("withAssessmentNote", contains(1))
                .body("compliancePercent", contains(50.0f));
        inAgency().get("/reports/members-lacking-role").then()
                .body("userId", contains("u2-" + AGENCY, "u3-" + AGENCY))
                .body("missingRole", contains("INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION"));
    }

    private static Map<String, String> allReports() {
        Map<String, String> reports = new java.util.TreeMap<>();
        for (String report : List.of("cases", "caseload", "enrollments-over-time", "exits-by-reason",
                "not-purposeful-monitoring", "mis-steering", "contact-frequency", "nearing-max-duration",
                "sgb2-compliance", "members-lacking-role")) {
            reports.put(report, director().get("/reports/" + report).then().statusCode(200).extract().asString());
        }
        return reports;
    }

    private static RequestSpecification inAgency() {
        return director().queryParam("agency", AGENCY);
    }

    private static RequestSpecification director() {
        return given().header("Authorization", bearer(DIRECTOR, "REPORTING_VIEWER", "TEAM_LEAD"));
    }

    private static RequestSpecification viewer() {
        return given().header("Authorization", bearer("viewer", "REPORTING_VIEWER"));
    }
}
