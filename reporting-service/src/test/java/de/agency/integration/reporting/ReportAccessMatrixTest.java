package de.agency.integration.reporting;

import static de.agency.integration.testing.AccessMatrix.assertDenied;
import static de.agency.integration.testing.AccessMatrix.assertGranted;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.AccessMatrix;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The access matrix of reporting-service (DESIGN.md 1.5): every operation of its OpenAPI document against every
 * relationship. Reports are read with an agency of their own holding two teams, A and B: aggregates go to reporting
 * viewers for all teams and to leads for their own teams; rows naming an enrollment or a counsellor only to leads of
 * that row's team. Denials are checked by status and by the absence of the enrollments' and counsellors' names.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class ReportAccessMatrixTest {

    static final String AGENCY = "M" + UUID.randomUUID().toString().substring(0, 6);
    static final String TEAM_A = "X90-" + AGENCY + "-A";
    static final String TEAM_B = "X90-" + AGENCY + "-B";
    static final String ENROLLMENT_A = UUID.randomUUID().toString();
    static final String ENROLLMENT_B = UUID.randomUUID().toString();
    static final String ENDED_B = UUID.randomUUID().toString();
    /** Open, accepted 40 days ago, still without a first meeting. */
    static final String OVERDUE_A = UUID.randomUUID().toString();
    static final String OVERDUE_B = UUID.randomUUID().toString();
    static final String COUNSELLOR_A = "ca-" + AGENCY;
    static final String COUNSELLOR_B = "cb-" + AGENCY;
    static final String MEMBER_A = "ua-" + AGENCY;
    static final String MEMBER_B = "ub-" + AGENCY;
    static final String HOLDER_A = "ha-" + AGENCY;
    static final String HOLDER_B = "hb-" + AGENCY;
    static final String GROUP_A = "ZG-" + AGENCY.toUpperCase() + "-A";
    static final String GROUP_B = "ZG-" + AGENCY.toUpperCase() + "-B";
    static final List<String> NAMES = List.of(ENROLLMENT_A, ENROLLMENT_B, ENDED_B, OVERDUE_A, OVERDUE_B, COUNSELLOR_A,
            COUNSELLOR_B, MEMBER_A, MEMBER_B, HOLDER_A, HOLDER_B);

    /** Which of the agency's teams a caller sees. */
    enum Sight { BOTH_TEAMS, TEAM_A, NONE }

    enum Relationship {
        REPORTING_VIEWER(Caller.of("m-viewer", "REPORTING_VIEWER"), Sight.BOTH_TEAMS, Sight.NONE),
        LEAD_OF_THE_TEAM_WITH_PERMISSION(Caller.of("m-lead-a", "TEAM_LEAD", "INGA_ADDITIONAL_PERMISSION"),
                Sight.TEAM_A, Sight.TEAM_A),
        LEAD_OF_THE_TEAM_WITHOUT_PERMISSION(Caller.of("m-lead-a2", "TEAM_LEAD"), Sight.TEAM_A, Sight.TEAM_A),
        VIEWER_AND_LEAD_OF_THE_TEAM(Caller.of("m-director", "REPORTING_VIEWER", "TEAM_LEAD"),
                Sight.BOTH_TEAMS, Sight.TEAM_A),
        LEAD_OF_ANOTHER_INGA_TEAM(Caller.of("m-other-lead", "TEAM_LEAD", "INGA_ADDITIONAL_PERMISSION"),
                Sight.NONE, Sight.NONE),
        MIXED_TEAM_LEAD(Caller.of("m-mixed-lead", "TEAM_LEAD"), Sight.NONE, Sight.NONE),
        INGA_COUNSELLOR_OF_THE_ENROLLMENT(Caller.of(COUNSELLOR_A, "COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"),
                null, null),
        ACTIVE_DEPUTY_WITH_ROLE(Caller.of("m-deputy", "COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"), null, null),
        ACCESS_ADMIN(Caller.of("m-admin", "ACCESS_ADMIN"), null, null),
        REPORTING_ADMIN(Caller.of("m-reporting-admin", "REPORTING_ADMIN"), null, null),
        DATA_PROTECTION_OFFICER(Caller.of("m-dpo", "DATA_PROTECTION_OFFICER"), null, null),
        NO_TOKEN(Caller.withoutToken(), null, null);

        final Caller caller;
        /** Of aggregates and of rows naming an enrollment or counsellor; null: no report at all. */
        final Sight aggregates;
        final Sight named;

        Relationship(Caller caller, Sight aggregates, Sight named) {
            this.caller = caller;
            this.aggregates = aggregates;
            this.named = named;
        }
    }

    /**
     * A report read for the agency, and what each sight of it shows: a figure summed over the report's rows, or the
     * names its rows carry.
     */
    record Report(String key, String path, boolean named, Function<JsonPath, Object> shown,
                  Map<Sight, Object> expected) {
    }

    static final List<Report> REPORTS = List.of(
            aggregate("/reports/cases", p -> p.get("byAgency.find { it.agency == '" + AGENCY + "' }.cases"),
                    3, 1, null),
            aggregate("/reports/caseload", p -> p.getList("team"), List.of(TEAM_A, TEAM_B), List.of(TEAM_A), List.of()),
            aggregate("/reports/enrollments-over-time", p -> sum(p, "enrollments"), 5L, 2L, 0L),
            aggregate("/reports/exits-by-reason", p -> sum(p, "exits"), 1L, 0L, 0L),
            aggregate("/reports/not-purposeful-monitoring", p -> sum(p, "exits"), 1L, 0L, 0L),
            aggregate("/reports/mis-steering", p -> sum(p, "exits"), 1L, 0L, 0L),
            // curves over the number of exits around the one overall share: the same for whoever may read reports
            aggregate("/reports/mis-steering-limits", p -> p.getList("exits").size() > 1, true, true, true),
            aggregate("/reports/sgb2-compliance", p -> sum(p, "sgb2Cases"), 3L, 1L, 0L),
            named("/reports/contact-frequency", p -> sorted(p.getList("key")), sorted(List.of(ENROLLMENT_A, OVERDUE_A))),
            named("/reports/nearing-max-duration", p -> p.getList("enrollmentId"), List.of(ENROLLMENT_A)),
            named("/reports/members-lacking-role", p -> p.getList("userId"), List.of(MEMBER_A)),
            aggregate("/reports/first-meeting-timeliness", p -> sum(p, "firstMeetings"), 2L, 1L, 0L),
            aggregate("/reports/referrals", p -> sum(p, "referrals"), 2L, 1L, 0L),
            named("/reports/caseload-per-counsellor", p -> p.getList("ingaCounsellor"), List.of(COUNSELLOR_A)),
            named("/reports/first-meeting-overdue", p -> p.getList("enrollmentId"), List.of(OVERDUE_A)),
            named("/reports/uncertified-inga-counsellors", p -> p.getList("ingaCounsellor"), List.of(HOLDER_A)),
            aggregate("/reports/reflection-days", p -> p.getList("certificationGroup"), List.of(GROUP_A, GROUP_B),
                    List.of(GROUP_A), List.of()));

    static boolean fed;

    /** Once, before the first test (RestAssured knows the service's port only then). */
    @BeforeEach
    void agencyWithTwoTeams() {
        if (fed) {
            return;
        }
        fed = true;
        Events events = new Events();
        String caseA = UUID.randomUUID().toString();
        events.caseOpened(caseA, AGENCY, TEAM_A, "SGB_II", "2026-01-05");
        events.noteRecorded(caseA, "PROFILING_ASSESSMENT");
        events.caseOpened(UUID.randomUUID().toString(), AGENCY, TEAM_B, "SGB_II", "2026-01-06");
        events.caseOpened(UUID.randomUUID().toString(), AGENCY, TEAM_B, "SGB_II", "2026-01-07");
        LocalDate end = LocalDate.now(AgencyClock.ZONE).plusDays(30);
        events.enrolled(ENROLLMENT_A, AGENCY, TEAM_A, COUNSELLOR_A, end.minusMonths(24).toString(), end.toString());
        events.enrolled(ENROLLMENT_B, AGENCY, TEAM_B, COUNSELLOR_B, end.minusMonths(24).toString(), end.toString());
        events.enrolled(ENDED_B, AGENCY, TEAM_B, COUNSELLOR_B, "2025-01-10", "2027-01-10");
        LocalDate accepted = LocalDate.now(AgencyClock.ZONE).minusDays(40);
        events.enrolledInState(OVERDUE_A, AGENCY, TEAM_A, COUNSELLOR_A, accepted, "nw");
        events.enrolledInState(OVERDUE_B, AGENCY, TEAM_B, COUNSELLOR_B, accepted, "nw");
        events.exit(ENDED_B, AGENCY, "INTEGRATED_EMPLOYMENT", "2025-09-15", 8);
        events.membership(MEMBER_A, TEAM_A, "INGA", AGENCY, "COUNSELLOR", "JOINED");
        events.membership(MEMBER_B, TEAM_B, "INGA", AGENCY, "COUNSELLOR", "JOINED");
        for (String lead : List.of("m-lead-a", "m-lead-a2", "m-director")) {
            events.membership(lead, TEAM_A, "INGA", AGENCY, "TEAM_LEAD", "JOINED");
            events.roleGranted(lead, "INGA_ADDITIONAL_PERMISSION");
        }
        events.membership("m-other-lead", "X90-" + AGENCY + "-C", "INGA", AGENCY, "TEAM_LEAD", "JOINED");
        events.roleGranted("m-other-lead", "INGA_ADDITIONAL_PERMISSION");
        events.membership("m-mixed-lead", "X90-" + AGENCY + "-MIX", "MIXED", AGENCY, "TEAM_LEAD", "JOINED");
        events.membership(HOLDER_A, TEAM_A, "INGA", AGENCY, "COUNSELLOR", "JOINED");
        events.roleGranted(HOLDER_A, "INTEGRATION_COUNSELLOR_SGB3", TEAM_A);
        events.membership(HOLDER_B, TEAM_B, "INGA", AGENCY, "COUNSELLOR", "JOINED");
        events.roleGranted(HOLDER_B, "INTEGRATION_COUNSELLOR_SGB3", TEAM_B);
        events.certified(MEMBER_A, GROUP_A, "2025-03-01");
        events.certified(MEMBER_B, GROUP_B, "2025-03-01");
        events.contact(ENROLLMENT_A, "PHONE", "2026-01-05");
        events.firstMeeting(ENROLLMENT_A, AGENCY, TEAM_A, "2026-01-05", "2026-01-12", 5);
        events.firstMeeting(ENROLLMENT_B, AGENCY, TEAM_B, "2026-01-05", "2026-01-30", 19);
        String declined = UUID.randomUUID().toString();
        String declinedCase = UUID.randomUUID().toString();
        events.referred(declined, declinedCase, AGENCY, TEAM_A, "2026-01-07");
        events.referralDeclined(declined, declinedCase, AGENCY, TEAM_A, "TEAM_AT_CAPACITY", "2026-01-08");
        events.referred(UUID.randomUUID().toString(), UUID.randomUUID().toString(), AGENCY, TEAM_B, "2026-01-09");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals(List.of(MEMBER_A), Relationship.VIEWER_AND_LEAD_OF_THE_TEAM.caller.request()
                    .queryParam("agency", AGENCY).get("/reports/members-lacking-role").jsonPath().getList("userId"));
            assertEquals(1L, sum(Relationship.VIEWER_AND_LEAD_OF_THE_TEAM.caller.request().queryParam("agency", AGENCY)
                    .get("/reports/contact-frequency").jsonPath(), "contacts"));
            assertEquals(List.of(OVERDUE_A), Relationship.VIEWER_AND_LEAD_OF_THE_TEAM.caller.request()
                    .queryParam("agency", AGENCY).get("/reports/first-meeting-overdue").jsonPath()
                    .getList("enrollmentId"));
            assertEquals(2L, sum(Relationship.REPORTING_VIEWER.caller.request().queryParam("agency", AGENCY)
                    .get("/reports/referrals").jsonPath(), "referrals"));
            assertEquals(2L, sum(Relationship.REPORTING_VIEWER.caller.request().queryParam("agency", AGENCY)
                    .get("/reports/first-meeting-timeliness").jsonPath(), "firstMeetings"));
            assertEquals(List.of(GROUP_A, GROUP_B), Relationship.REPORTING_VIEWER.caller.request()
                    .queryParam("agency", AGENCY).get("/reports/reflection-days").jsonPath().getList("certificationGroup"));
            assertEquals(List.of(HOLDER_A), Relationship.VIEWER_AND_LEAD_OF_THE_TEAM.caller.request()
                    .queryParam("agency", AGENCY).get("/reports/uncertified-inga-counsellors").jsonPath()
                    .getList("ingaCounsellor"));
        });
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        List<String> rows = Stream.concat(REPORTS.stream().map(Report::key),
                Stream.of("GET /rebuild", "POST /rebuild", "GET /access-log", "GET /privacy/retention",
                        "GET /privacy/customers/{customerNumber}",
                        // its own matrix, of the cases each caller works and the teams each leads: WorklistTest
                        "GET /worklist")).toList();
        AccessMatrix.assertEveryOperationHasARow(rows);
    }

    @TestFactory
    Stream<DynamicTest> everyReportAgainstEveryRelationship() {
        return AccessMatrix.rows("reporting-service access matrix (reports; rebuild and access log below)", REPORTS,
                Report::key, List.of(Relationship.values()), ReportAccessMatrixTest::cell);
    }

    @Test
    void theContactFrequencyPerTeamIsAnAggregate() {
        for (Relationship relationship : List.of(Relationship.REPORTING_VIEWER, Relationship.LEAD_OF_THE_TEAM_WITH_PERMISSION,
                Relationship.LEAD_OF_ANOTHER_INGA_TEAM)) {
            List<String> teams = relationship.caller.request().queryParam("agency", AGENCY).queryParam("groupBy", "TEAM")
                    .get("/reports/contact-frequency").then().statusCode(200).extract().jsonPath().getList("key");
            assertEquals(switch (relationship.aggregates) {
                case BOTH_TEAMS -> List.of(TEAM_A, TEAM_B);
                case TEAM_A -> List.of(TEAM_A);
                case NONE -> List.of();
            }, teams, relationship.name());
        }
        assertEquals(List.of(COUNSELLOR_A), Relationship.LEAD_OF_THE_TEAM_WITHOUT_PERMISSION.caller.request()
                .queryParam("agency", AGENCY).queryParam("groupBy", "COUNSELLOR").get("/reports/contact-frequency")
                .jsonPath().getList("key"), "rows naming a counsellor go to the leads of that team");
        assertEquals(List.of(), Relationship.REPORTING_VIEWER.caller.request().queryParam("agency", AGENCY)
                .queryParam("groupBy", "COUNSELLOR").get("/reports/contact-frequency").jsonPath().getList("key"));
    }

    @Test
    void onlyReportingAdminsRebuild_onlyTheDataProtectionOfficerReadsTheAccessLogAndSubjectAccess() {
        for (Relationship relationship : Relationship.values()) {
            int denied = relationship == Relationship.NO_TOKEN ? 401 : 403;
            boolean admin = relationship == Relationship.REPORTING_ADMIN;
            assertEquals(admin ? 200 : denied, relationship.caller.request().get("/rebuild").statusCode(),
                    "GET /rebuild as " + relationship);
            if (!admin) {
                assertEquals(denied, relationship.caller.request().post("/rebuild").statusCode(),
                        "POST /rebuild as " + relationship);
            }
            int officerOnly = relationship == Relationship.DATA_PROTECTION_OFFICER ? 200 : denied;
            assertEquals(officerOnly, relationship.caller.request().get("/access-log").statusCode(),
                    "GET /access-log as " + relationship);
            assertEquals(officerOnly, relationship.caller.request().get("/privacy/customers/{number}", "123A456789")
                    .statusCode(), "GET /privacy/customers/{customerNumber} as " + relationship);
            assertEquals(relationship == Relationship.NO_TOKEN ? 401 : 200,
                    relationship.caller.request().get("/privacy/retention").statusCode(),
                    "GET /privacy/retention as " + relationship);
        }
    }

    @Test
    void readingRowsThatNameAnEnrollmentIsInTheAccessLog() {
        Relationship.LEAD_OF_THE_TEAM_WITH_PERMISSION.caller.request().queryParam("agency", AGENCY)
                .get("/reports/nearing-max-duration").then().statusCode(200);

        JsonPath log = Caller.of("dpo", "DATA_PROTECTION_OFFICER").request().queryParam("resourceId", ENROLLMENT_A)
                .queryParam("userId", "m-lead-a").get("/access-log").then().statusCode(200).extract().jsonPath();
        assertEquals("ENROLLMENT_REPORT_ROW", log.getString("items[0].resourceKind"));
        assertEquals("GET /reports/nearing-max-duration", log.getString("items[0].endpoint"));
    }

    @AfterAll
    static void noCustomerNumberReachedTheLog() {
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }

    private static Executable cell(Report report, Relationship relationship) {
        return () -> {
            String cell = report.key() + " as " + relationship;
            Response response = relationship.caller.request().queryParam("agency", AGENCY).get(report.path());
            Sight sight = report.named() ? relationship.named : relationship.aggregates;
            if (sight == null) {
                assertDenied(cell, response, relationship == Relationship.NO_TOKEN ? 401 : 403, NAMES);
                return;
            }
            assertGranted(cell, response, 200);
            assertEquals(report.expected().get(sight), report.shown().apply(response.jsonPath()), cell);
            if (report.named() && sight == Sight.NONE) {
                AccessMatrix.assertNoSocialData(cell, response, NAMES);
            }
        };
    }

    private static Report aggregate(String path, Function<JsonPath, Object> shown, Object both, Object teamA,
                                    Object none) {
        Map<Sight, Object> expected = new EnumMap<>(Sight.class);
        expected.put(Sight.BOTH_TEAMS, both);
        expected.put(Sight.TEAM_A, teamA);
        expected.put(Sight.NONE, none);
        return new Report("GET " + path, path, false, shown, expected);
    }

    private static Report named(String path, Function<JsonPath, Object> shown, Object teamA) {
        Map<Sight, Object> expected = new EnumMap<>(Sight.class);
        expected.put(Sight.TEAM_A, teamA);
        expected.put(Sight.NONE, List.of());
        return new Report("GET " + path, path, true, shown, expected);
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static long sum(JsonPath report, String field) {
        return report.getList(field, Number.class).stream().filter(Objects::nonNull).mapToLong(Number::longValue).sum();
    }
}
