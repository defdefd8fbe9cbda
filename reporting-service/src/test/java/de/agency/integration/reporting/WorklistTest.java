package de.agency.integration.reporting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.AccessMatrix;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worklist (DESIGN.md 1.4, Nachhaltung) from the events alone: a due date set opens an item, met it leaves the
 * list, passed unmet its timer event marks it; sorted by due date, filtered by period and kind, paged, as CSV; the
 * first meeting counted in working days of the agency's state, the rest in calendar days. Need-to-know: a counsellor
 * sees the items of the cases he or she works (while enrolled, the Inga counsellor), a team lead the team's, a deputy
 * with the Inga role the represented Inga counsellor's Inga items during the deputyship; items of restricted, closed
 * or erased cases nobody; every row read is in the access log.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class WorklistTest {

    static final String AGENCY = "W" + UUID.randomUUID().toString().substring(0, 6);
    static final String TEAM_A = "X90-" + AGENCY + "-A";
    static final String TEAM_B = "X90-" + AGENCY + "-B";
    static final String INGA = "X90-" + AGENCY + "-INGA";
    static final String COUNSELLOR = "wc-" + AGENCY;
    static final String INGA_COUNSELLOR = "wi-" + AGENCY;
    static final Caller OWN = Caller.of(COUNSELLOR, "COUNSELLOR");
    static final Caller INGA_OWN = Caller.of(INGA_COUNSELLOR, "COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3");
    static final Caller OTHER_COUNSELLOR = Caller.of("wo-" + AGENCY, "COUNSELLOR");
    static final Caller LEAD_A = Caller.of("wl-a-" + AGENCY, "TEAM_LEAD");
    static final Caller LEAD_INGA = Caller.of("wl-i-" + AGENCY, "TEAM_LEAD", "INGA_ADDITIONAL_PERMISSION");
    static final Caller LEAD_B = Caller.of("wl-b-" + AGENCY, "TEAM_LEAD");
    /** A Wednesday; Corpus Christi (Thursday 4 June) is a holiday in North Rhine-Westphalia. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    static final String CASE = id();
    static final String OVERDUE_STEP = id();
    static final String LATER_STEP = id();
    static final String DONE_STEP = id();
    static final String MET_TALK = id();
    static final String PLANNED_TALK = id();
    static final String RESTRICTED_CASE = id();
    static final String CLOSED_CASE = id();
    static final String ERASED_CASE = id();
    static final String CASE_B = id();
    static final String STEP_B = id();
    static final String WAITING = id();
    static final String OVERDUE_MEETING = id();
    static final String MET_AND_ENDED = id();
    static final String ENROLLED_CASE = id();
    static final String ENROLLED_CASES_ENROLLMENT = id();
    static final String STEP_WHILE_ENROLLED = id();

    static boolean fed;

    @Inject
    MovableClock clock;

    @BeforeEach
    void dueDatesOfTwoTeamsAndAnIngaTeam() {
        clock.setDay(TODAY);
        if (fed) {
            return;
        }
        fed = true;
        Events events = new Events();
        events.membership(LEAD_A.user(), TEAM_A, "OTHER", AGENCY, "TEAM_LEAD", "JOINED");
        events.membership(LEAD_INGA.user(), INGA, "INGA", AGENCY, "TEAM_LEAD", "JOINED");
        events.membership(LEAD_B.user(), TEAM_B, "OTHER", AGENCY, "TEAM_LEAD", "JOINED");

        events.caseOpenedBy(CASE, AGENCY, TEAM_A, COUNSELLOR);
        events.stepAgreed(CASE, OVERDUE_STEP, LocalDate.of(2026, 6, 5));
        events.stepOverdue(CASE, OVERDUE_STEP, LocalDate.of(2026, 6, 5));
        events.stepAgreed(CASE, LATER_STEP, LocalDate.of(2026, 6, 20));
        events.stepAgreed(CASE, DONE_STEP, LocalDate.of(2026, 6, 12));
        events.stepStatus(CASE, DONE_STEP, "DONE", LocalDate.of(2026, 6, 12));
        events.followUp(CASE, MET_TALK, LocalDate.of(2026, 6, 15));
        events.followUp(CASE, PLANNED_TALK, LocalDate.of(2026, 6, 30));
        for (String kase : List.of(RESTRICTED_CASE, CLOSED_CASE, ERASED_CASE)) {
            events.caseOpenedBy(kase, AGENCY, TEAM_A, COUNSELLOR);
            events.stepAgreed(kase, id(), LocalDate.of(2026, 6, 11));
        }
        events.caseRestricted(RESTRICTED_CASE, true);
        events.caseClosed(CLOSED_CASE);
        events.caseErased(ERASED_CASE);
        events.caseOpenedBy(CASE_B, AGENCY, TEAM_B, "wc-b-" + AGENCY);
        events.stepAgreed(CASE_B, STEP_B, LocalDate.of(2026, 6, 11));

        events.enrolledWithDueDate(WAITING, id(), AGENCY, INGA, INGA_COUNSELLOR, LocalDate.of(2026, 5, 26),
                LocalDate.of(2026, 6, 16));
        String overdueCase = id();
        events.enrolledWithDueDate(OVERDUE_MEETING, overdueCase, AGENCY, INGA, INGA_COUNSELLOR,
                LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 29));
        events.firstMeetingOverdue(OVERDUE_MEETING, overdueCase, LocalDate.of(2026, 5, 29));
        events.enrolledWithDueDate(MET_AND_ENDED, id(), AGENCY, INGA, INGA_COUNSELLOR, LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 22));
        events.firstMeeting(MET_AND_ENDED, AGENCY, INGA, "2026-05-04", "2026-05-12", 6);
        events.exit(MET_AND_ENDED, AGENCY, "INTEGRATED_EMPLOYMENT", "2026-06-01", 0);

        events.caseOpenedBy(ENROLLED_CASE, AGENCY, TEAM_A, COUNSELLOR);
        events.enrolledWithDueDate(ENROLLED_CASES_ENROLLMENT, ENROLLED_CASE, AGENCY, INGA, INGA_COUNSELLOR,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 19));
        // the enrollment (another topic) is known before the step: the Inga counsellor works the case now
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(6,
                worklist(INGA_OWN, Map.of()).jsonPath().getList("items").size()));
        events.stepAgreed(ENROLLED_CASE, STEP_WHILE_ENROLLED, LocalDate.of(2026, 7, 1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(List.of(OVERDUE_STEP, LATER_STEP, PLANNED_TALK), subjects(worklist(OWN, Map.of())));
            assertEquals(1, subjects(worklist(LEAD_B, Map.of())).size());
            assertEquals(7, subjects(worklist(INGA_OWN, Map.of())).size());
        });
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCounsellorSeesTheOpenItemsOfTheCasesHeOrSheWorks_soonestFirst() {
        worklist(OWN, Map.of()).then().statusCode(200)
                .body("items.subjectId", contains(OVERDUE_STEP, LATER_STEP, PLANNED_TALK))
                .body("items.kind", contains("IMPLEMENTATION_STEP", "IMPLEMENTATION_STEP", "FOLLOW_UP"))
                .body("items.dueOn", contains("2026-06-05", "2026-06-20", "2026-06-30"))
                .body("items.daysLeft", contains(-5, 10, 20))
                .body("items.dayCount", contains("CALENDAR_DAYS", "CALENDAR_DAYS", "CALENDAR_DAYS"))
                .body("items[0].timerFiredAt", notNullValue()).body("items[1].timerFiredAt", nullValue())
                .body("items[0].caseId", equalTo(CASE)).body("items[0].owner", equalTo(COUNSELLOR))
                .body("total", equalTo(3));
    }

    @Test
    void theFirstMeetingCountsWorkingDaysOfTheAgencysState_whileEnrolledTheIngaCounsellorWorksTheCase() {
        worklist(INGA_OWN, Map.of()).then().statusCode(200)
                .body("items.subjectId", contains(OVERDUE_MEETING, WAITING, ENROLLED_CASES_ENROLLMENT,
                        STEP_WHILE_ENROLLED, OVERDUE_MEETING, WAITING, ENROLLED_CASES_ENROLLMENT))
                .body("items.kind", contains("FIRST_MEETING", "FIRST_MEETING", "FIRST_MEETING",
                        "IMPLEMENTATION_STEP", "ENROLLMENT_END", "ENROLLMENT_END", "ENROLLMENT_END"))
                // 1, 2, 3, 5, 8, 9, 10 June: Corpus Christi is no working day; 11, 12, 15, 16 June
                .body("items.daysLeft[0..1]", contains(-7, 4))
                .body("items[0].dayCount", equalTo("WORKING_DAYS")).body("items[0].timerFiredAt", notNullValue())
                .body("items[3].dayCount", equalTo("CALENDAR_DAYS")).body("items[3].team", equalTo(INGA))
                .body("items[3].caseId", equalTo(ENROLLED_CASE));
        worklist(OWN, Map.of()).then().body("items.subjectId", not(hasItem(STEP_WHILE_ENROLLED)));
    }

    @Test
    void aCasesOpenItemsMoveToTheIngaCounsellorAtTheEnrollment_andBackToItsTeamAtTheExit() {
        String caseId = id();
        String step = id();
        String enrollment = id();
        Caller counsellor = Caller.of("wm-" + AGENCY, "COUNSELLOR");
        Caller ingaCounsellor = Caller.of("wmi-" + AGENCY, "COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3");
        Events events = new Events();
        events.caseOpenedBy(caseId, AGENCY, "X90-" + AGENCY + "-C", counsellor.user());
        events.stepAgreed(caseId, step, LocalDate.of(2026, 6, 25));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertEquals(List.of(step), subjects(worklist(counsellor, Map.of()))));

        events.enrolledWithDueDate(enrollment, caseId, AGENCY, "X90-" + AGENCY + "-INGA2", ingaCounsellor.user(),
                LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 26));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(List.of(step, enrollment, enrollment), subjects(worklist(ingaCounsellor, Map.of())));
            assertEquals(List.of(), subjects(worklist(counsellor, Map.of())));
        });

        events.exit(enrollment, AGENCY, "INTEGRATED_EMPLOYMENT", "2026-06-10", 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            worklist(counsellor, Map.of()).then().body("items.subjectId", contains(step))
                    .body("items[0].team", equalTo("X90-" + AGENCY + "-C"));
            assertEquals(List.of(), subjects(worklist(ingaCounsellor, Map.of())));
        });
    }

    @Test
    void aDeputyWithTheIngaRoleSeesTheRepresentedCounsellorsIngaItemsOnTheDaysOfTheDeputyship() {
        String principal = "wp-" + AGENCY;
        String enrollment = id();
        String plainStep = id();
        Caller deputy = Caller.of("wd-" + AGENCY, "COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3");
        Caller deputyWithoutTheRole = Caller.of(deputy.user(), "COUNSELLOR");
        Events events = new Events();
        events.enrolledWithDueDate(enrollment, id(), AGENCY, "X90-" + AGENCY + "-INGA3", principal,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 19));
        String plainCase = id();
        events.caseOpenedBy(plainCase, AGENCY, "X90-" + AGENCY + "-D", principal);
        events.stepAgreed(plainCase, plainStep, LocalDate.of(2026, 6, 15));
        events.deputyAssigned(principal, deputy.user(), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 12));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(List.of(plainStep, enrollment, enrollment),
                    subjects(worklist(Caller.of(principal, "COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"), Map.of())));
            assertEquals(List.of(enrollment, enrollment), subjects(worklist(deputy, Map.of())),
                    "the Inga items, not the step of a case the principal works outside Inga");
        });

        assertEquals(List.of(), subjects(worklist(deputyWithoutTheRole, Map.of())));
        clock.setDay(LocalDate.of(2026, 6, 13));
        assertEquals(List.of(), subjects(worklist(deputy, Map.of())), "the deputyship ended the day before");
        clock.setDay(LocalDate.of(2026, 6, 7));
        assertEquals(List.of(), subjects(worklist(deputy, Map.of())), "the deputyship begins the next day");
    }

    @Test
    void aTeamLeadSeesTheTeamsItems_noOneElseAndNoOtherRoleSeesThem() {
        assertEquals(List.of(OVERDUE_STEP, LATER_STEP, PLANNED_TALK), subjects(worklist(LEAD_A, Map.of())));
        assertEquals(List.of(STEP_B), subjects(worklist(LEAD_B, Map.of())));
        assertEquals(7, subjects(worklist(LEAD_INGA, Map.of())).size());
        List<String> names = List.of(CASE, CASE_B, ENROLLED_CASE, WAITING, OVERDUE_MEETING, OVERDUE_STEP, STEP_B);
        AccessMatrix.assertGranted("GET /worklist as another counsellor", worklist(OTHER_COUNSELLOR, Map.of()), 200);
        AccessMatrix.assertNoSocialData("GET /worklist as another counsellor", worklist(OTHER_COUNSELLOR, Map.of()),
                names);
        for (Caller denied : List.of(Caller.of("w-viewer", "REPORTING_VIEWER"), Caller.of("w-admin", "ACCESS_ADMIN"),
                Caller.of("w-dpo", "DATA_PROTECTION_OFFICER"), Caller.of("w-reporting-admin", "REPORTING_ADMIN"))) {
            AccessMatrix.assertDenied("GET /worklist as " + denied.user(), worklist(denied, Map.of()), 403, names);
        }
        AccessMatrix.assertDenied("GET /worklist without a token", worklist(Caller.withoutToken(), Map.of()), 401,
                names);
    }

    @Test
    void filteredByPeriodAndKind_paged_andAsCsv() {
        assertEquals(List.of(LATER_STEP, PLANNED_TALK),
                subjects(worklist(OWN, Map.of("from", "2026-06-10", "to", "2026-06-30"))));
        assertEquals(List.of(PLANNED_TALK), subjects(worklist(OWN, Map.of("kind", "FOLLOW_UP"))));
        worklist(OWN, Map.of("size", "1", "page", "1")).then().statusCode(200)
                .body("items.subjectId", contains(LATER_STEP)).body("total", equalTo(3)).body("page", equalTo(1))
                .body("size", equalTo(1));
        String csv = worklist(OWN, Map.of("format", "csv")).then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("kind,dueOn,daysLeft,dayCount,timerFiredAt,caseId,enrollmentId,subjectId,owner,team,agency",
                lines.get(0));
        assertEquals(4, lines.size(), csv);
        assertEquals(true, lines.get(1).startsWith("IMPLEMENTATION_STEP,2026-06-05,-5,CALENDAR_DAYS,"), csv);
    }

    @Test
    void badFiltersAreNamed() {
        worklist(OWN, Map.of("from", "2026-07-01", "to", "2026-06-01")).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("to"));
        worklist(OWN, Map.of("kind", "HOLIDAY")).then().statusCode(400).contentType("application/problem+json");
        worklist(OWN, Map.of("size", "0")).then().statusCode(400).contentType("application/problem+json");
        worklist(OWN, Map.of("format", "xml")).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void everyRowReadIsInTheAccessLog() {
        worklist(OWN, Map.of()).then().statusCode(200);

        Caller.of("dpo", "DATA_PROTECTION_OFFICER").request().queryParam("resourceId", CASE)
                .queryParam("userId", COUNSELLOR).get("/access-log").then().statusCode(200)
                .body("items[0].resourceKind", equalTo("WORKLIST_ROW"))
                .body("items[0].endpoint", equalTo("GET /worklist"));
    }

    private static Response worklist(Caller caller, Map<String, String> query) {
        return caller.request().queryParams(query).get("/worklist");
    }

    private static List<String> subjects(Response worklist) {
        return worklist.then().statusCode(200).extract().jsonPath().getList("items.subjectId");
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
