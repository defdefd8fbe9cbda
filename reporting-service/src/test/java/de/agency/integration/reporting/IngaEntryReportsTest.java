package de.agency.integration.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The way into Inga in the reports: working days to the first meeting against the threshold (14), the caseload of
 * each Inga counsellor against the key (65), and the referrals by outcome - an enrollment of the case accepting its
 * referral whichever event comes first.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class IngaEntryReportsTest {

    static final Caller VIEWER = Caller.of("viewer", "REPORTING_VIEWER");

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * Accepted on Monday 15 December 2025, today Thursday 8 January 2026: Christmas and New Year are nobody's working
     * days, Epiphany (6 January) is a holiday in Bavaria only - 15 working days in North Rhine-Westphalia (over the
     * threshold of 14), 14 in Bavaria (not over it).
     */
    @Test
    void openAcceptancesOverTheThresholdWithoutFirstMeetingAreListedForTheLeadsOfTheTeam() {
        String agency = agency();
        String team = "X90-" + agency + "-INGA";
        String lead = "lead-" + agency;
        Events events = new Events();
        events.membership(lead, team, "INGA", agency, "TEAM_LEAD", "JOINED");
        LocalDate accepted = LocalDate.of(2025, 12, 15);
        String overdue = UUID.randomUUID().toString();
        events.enrolledInState(overdue, agency, team, "c", accepted, "nw");
        events.enrolledInState(UUID.randomUUID().toString(), agency, team, "c", accepted, "by");
        String met = UUID.randomUUID().toString();
        events.enrolledInState(met, agency, team, "c", accepted, "nw");
        events.firstMeeting(met, agency, team, accepted.toString(), "2026-01-07", 14);
        String exited = UUID.randomUUID().toString();
        events.enrolledInState(exited, agency, team, "c", accepted, "nw");
        events.exit(exited, agency, "INTEGRATED_EMPLOYMENT", "2026-01-05", 1);
        events.enrolledInState(UUID.randomUUID().toString(), agency, team, "c", LocalDate.of(2026, 1, 2), null);
        clock.setInstant(Instant.parse("2026-01-08T10:00:00Z"));
        Caller teamLead = Caller.of(lead, "TEAM_LEAD");

        await().atMost(Duration.ofSeconds(30)).until(() -> allApplied(teamLead, agency));
        JsonPath report = teamLead.request().queryParam("agency", agency).get("/reports/first-meeting-overdue")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, report.getList("$").size(), report.prettify());
        assertEquals(overdue, report.getString("[0].enrollmentId"));
        assertEquals("2025-12-15", report.getString("[0].acceptedOn"));
        assertEquals(15, report.getInt("[0].workingDaysSinceAcceptance"));
        assertEquals(14, report.getInt("[0].thresholdWorkingDays"));
        assertEquals(List.of(), VIEWER.request().queryParam("agency", agency).get("/reports/first-meeting-overdue")
                .jsonPath().getList("$"), "rows naming an enrollment go to the leads of its team only");
    }

    /** Four enrollments open, one ended, one first meeting. */
    private static boolean allApplied(Caller lead, String agency) {
        return lead.request().queryParam("agency", agency).get("/reports/exits-by-reason").jsonPath()
                .getList("$").size() == 1
                && lead.request().queryParam("agency", agency).get("/reports/first-meeting-timeliness").jsonPath()
                .getList("$").size() == 1
                && lead.request().queryParam("agency", agency).get("/reports/caseload-per-counsellor").jsonPath()
                .getInt("[0].openEnrollments") == 4;
    }

    @Test
    void firstMeetingsOverFourteenWorkingDaysAreCountedWithTheMedian() {
        String agency = agency();
        String team = "X90-" + agency + "-INGA";
        Events events = new Events();
        for (int workingDays : new int[] {5, 14, 15, 30}) {
            String enrollment = UUID.randomUUID().toString();
            events.enrolled(enrollment, agency, team, "c", "2026-01-05", "2028-01-05");
            events.firstMeeting(enrollment, agency, team, "2026-01-05", "2026-02-20", workingDays);
        }

        JsonPath report = await().atMost(Duration.ofSeconds(30)).until(() -> VIEWER.request()
                .queryParam("agency", agency).get("/reports/first-meeting-timeliness").jsonPath(),
                p -> p.getList("$").size() == 1 && p.getInt("[0].firstMeetings") == 4);
        assertEquals(14.5f, report.getFloat("[0].medianWorkingDays"));
        assertEquals(2, report.getInt("[0].overThreshold"));
        assertEquals(50.0f, report.getFloat("[0].sharePercentOverThreshold"));
        assertEquals(14, report.getInt("[0].thresholdWorkingDays"));
    }

    @Test
    void aCounsellorAtTheCaseloadKeyIsFlaggedForTheLeadsOfTheTeam() {
        String agency = agency();
        String team = "X90-" + agency + "-INGA";
        Events events = new Events();
        events.membership("lead-" + agency, team, "INGA", agency, "TEAM_LEAD", "JOINED");
        for (int i = 0; i < 65; i++) {
            events.enrolled(UUID.randomUUID().toString(), agency, team, "busy", "2026-01-05", "2099-01-05");
        }
        events.enrolled(UUID.randomUUID().toString(), agency, team, "calm", "2026-01-05", "2099-01-05");
        Caller lead = Caller.of("lead-" + agency, "TEAM_LEAD");

        JsonPath report = await().atMost(Duration.ofSeconds(30)).until(() -> lead.request()
                .queryParam("agency", agency).get("/reports/caseload-per-counsellor").jsonPath(),
                p -> p.getList("$").size() == 2 && p.getInt("[0].openEnrollments") == 65);
        assertEquals(List.of("busy", "calm"), report.getList("ingaCounsellor"));
        assertEquals(List.of(true, false), report.getList("atOrAboveKey"));
        assertEquals(List.of(65, 65), report.getList("caseloadKey"));
    }

    @Test
    void referralsByOutcome_anEnrollmentAcceptsItsCasesReferralWhicheverComesFirst() {
        String agency = agency();
        String team = "X90-" + agency + "-INGA";
        Events events = new Events();
        String acceptedCase = UUID.randomUUID().toString();
        events.enrolled(UUID.randomUUID().toString(), acceptedCase, agency, team, "c", "2026-02-03", "2028-02-03");
        events.referred(UUID.randomUUID().toString(), acceptedCase, agency, team, "2026-02-02");
        String laterCase = UUID.randomUUID().toString();
        events.referred(UUID.randomUUID().toString(), laterCase, agency, team, "2026-02-02");
        events.enrolled(UUID.randomUUID().toString(), laterCase, agency, team, "c", "2026-02-04", "2028-02-04");
        String declined = UUID.randomUUID().toString();
        String declinedCase = UUID.randomUUID().toString();
        events.referred(declined, declinedCase, agency, team, "2026-02-02");
        events.referralDeclined(declined, declinedCase, agency, team, "CUSTOMER_DECLINED", "2026-02-05");
        events.referred(UUID.randomUUID().toString(), UUID.randomUUID().toString(), agency, team, "2026-02-06");

        JsonPath report = await().atMost(Duration.ofSeconds(30)).until(() -> VIEWER.request()
                .queryParam("agency", agency).get("/reports/referrals").jsonPath(),
                p -> p.getList("$").size() == 3 && p.getInt("[0].referrals") == 2);
        assertEquals(List.of("ACCEPTED", "DECLINED", "OPEN"), report.getList("outcome"));
        assertEquals(List.of(2, 1, 1), report.getList("referrals"));
        assertEquals("CUSTOMER_DECLINED", report.getString("[1].declineReason"));
    }

    private static String agency() {
        return "E" + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
