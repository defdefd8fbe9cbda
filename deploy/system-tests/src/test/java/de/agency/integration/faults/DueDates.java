package de.agency.integration.faults;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import de.agency.integration.devstack.DemoData;
import de.agency.integration.devstack.LocalStack;
import de.agency.integration.systemtests.StackApi;
import de.agency.integration.systemtests.Stores;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Due dates for the suite's timers: cases of the demo counsellor in phase 4 with two agreed steps and a planned
 * follow-up talk each, and enrollments of the load; made to pass by moving their days (and their timers') to
 * yesterday, as time passing would, so that both replicas of case- and inga-service find them due at once.
 */
final class DueDates {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Berlin");

    private final LocalStack stack;
    private final Stores stores;

    DueDates(LocalStack stack, Stores stores) {
        this.stack = stack;
        this.stores = stores;
    }

    /** Cases in phase 4 (Umsetzung und Nachhaltung), each with two steps due today and a talk planned for tomorrow. */
    Set<String> casesWithDueDates(int count) {
        Set<String> cases = new HashSet<>();
        String base = stack.serviceUrl("case-service") + "/cases";
        LocalDate today = LocalDate.now(AGENCY_ZONE);
        for (int i = 0; i < count; i++) {
            String caseId = counsellor().body(DemoData.caseBody("311", DemoData.customerNumber())).post(base)
                    .then().statusCode(201).extract().path("id");
            counsellor().body(DemoData.INGA_ELIGIBLE_PROFILING).put(base + "/" + caseId + "/profiling")
                    .then().statusCode(200);
            counsellor().post(base + "/" + caseId + "/profiling/complete").then().statusCode(200);
            String need = counsellor().body("{\"kind\":\"TARGET_OCCUPATION\",\"description\":\"Warehouse clerk\","
                            + "\"targetDate\":\"" + today.plusMonths(6) + "\"}").put(base + "/" + caseId + "/goal")
                    .then().statusCode(200).extract().path("needs.find { it.dimension == 'QUALIFICATION' }.id");
            counsellor().body("{\"strategies\":[{\"strategy\":\"VOCATIONAL_QUALIFICATION\",\"needId\":\"" + need
                    + "\"}]}").post(base + "/" + caseId + "/strategies").then().statusCode(200);
            for (String step : List.of("Apply for three jobs", "Update the CV")) {
                counsellor().body("{\"kind\":\"AGREED_STEP\",\"description\":\"" + step + "\",\"responsible\":"
                        + "\"CUSTOMER\",\"dueDate\":\"" + today + "\"}").post(base + "/" + caseId + "/steps")
                        .then().statusCode(201);
            }
            counsellor().body("{\"heldOn\":\"" + today + "\",\"progress\":\"Two applications sent\","
                            + "\"reopenProfiling\":false,\"nextFollowUpOn\":\"" + today.plusDays(1) + "\"}")
                    .post(base + "/" + caseId + "/follow-ups").then().statusCode(201);
            cases.add(caseId);
        }
        return cases;
    }

    /** The cases' steps and planned talks, and the enrollments' first meetings and ends, are due now. */
    void letPass(Set<String> cases, Set<String> enrollments) {
        LocalDate today = LocalDate.now(AGENCY_ZONE);
        String yesterday = "date '" + today.minusDays(1) + "'";
        String now = "date '" + today + "'";
        stores.execute("case_service", "update implementation_step set due_date = " + yesterday
                + " where case_id in (" + Stores.quoted(cases) + ")");
        stores.execute("case_service", "update follow_up set next_follow_up_on = " + yesterday
                + " where next_follow_up_on is not null and case_id in (" + Stores.quoted(cases) + ")");
        stores.execute("case_service", "update due_timer set due_on = " + yesterday + ", fires_on = " + now
                + " where aggregate_id in (" + Stores.quoted(cases) + ")");
        stores.execute("inga_service", "update due_timer set due_on = " + yesterday + ", fires_on = " + now
                + " where kind = 'FIRST_MEETING' and aggregate_id in (" + Stores.quoted(enrollments) + ")");
        stores.execute("inga_service", "update due_timer set fires_on = " + now
                + " where kind = 'ENROLLMENT_END' and aggregate_id in (" + Stores.quoted(enrollments) + ")");
    }

    /** Until no timer whose day has come is left unfired in case- and inga-service. */
    void awaitFired() {
        String today = "date '" + LocalDate.now(AGENCY_ZONE) + "'";
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                List.of("case_service", "inga_service").stream().allMatch(database -> stores.count(database,
                        "select count(*) from due_timer where fired_at is null and fires_on <= " + today) == 0));
    }

    /** "Kind subject" of every timer fired in the database, named by its event type. */
    Set<String> firedTimers(String database) {
        return stores.ids(database, """
                select case kind when 'IMPLEMENTATION_STEP' then 'ImplementationStepOverdue'
                  when 'FOLLOW_UP' then 'FollowUpOverdue' when 'FIRST_MEETING' then 'FirstMeetingOverdue'
                  else 'EnrollmentEndingSoon' end || ' ' || subject_id from due_timer where fired_at is not null""");
    }

    /** The subjects of the timers fired in these cases (steps, the talks that planned a talk). */
    Set<String> timersOf(Set<String> cases) {
        return stores.ids("case_service", "select subject_id from due_timer where fired_at is not null "
                + "and aggregate_id in (" + Stores.quoted(cases) + ")");
    }

    /** The worklist of a demo user: the items due by yesterday, each with the time its timer fired, or "none". */
    static JsonPath passedItems(LocalStack stack, String user) {
        return given().header("Authorization", "Bearer " + StackApi.token(user))
                .queryParam("to", LocalDate.now(AGENCY_ZONE).minusDays(1).toString()).queryParam("size", 200)
                .get(stack.serviceUrl("reporting-service") + "/worklist").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification counsellor() {
        return given().header("Authorization", "Bearer " + StackApi.token("counsellor")).contentType(ContentType.JSON);
    }
}
