package de.agency.integration.cases.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.AccessMatrix;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.AccessMatrix.Outcome;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The access matrix of case-service (DESIGN.md 1.5, 1.6): every operation of its OpenAPI document against every
 * relationship of a caller to a case, for a case of a regular team, one whose customer is enrolled in Inga and a
 * restricted one.
 * Grants are asserted by their success status, denials by status and by the absence of every item of the case's
 * social data in the body.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CaseAccessMatrixTest {

    static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";
    static final String ADDITIONAL = "INGA_ADDITIONAL_PERMISSION";

    /**
     * The case: of a regular team, with its customer enrolled in Inga (the Inga flag steers access), or restricted
     * (Art. 18 GDPR: frozen, read by the data protection officer only).
     */
    enum State { REGULAR, ENROLLED_IN_INGA, RESTRICTED }

    /** A caller's relationship to the case, with the token's roles and the memberships behind it. */
    enum Relationship {
        COUNSELLOR_OF_THE_CASES_TEAM(Caller.of("m-team-counsellor", "COUNSELLOR"),
                reads(State.REGULAR, State.ENROLLED_IN_INGA), writes(State.REGULAR)),
        LEAD_OF_THE_CASES_TEAM(Caller.of("m-team-lead", "TEAM_LEAD"),
                reads(State.REGULAR, State.ENROLLED_IN_INGA), writes()),
        INGA_COUNSELLOR_OF_THE_ENROLLMENT(Caller.of(CaseFixtures.INGA_COUNSELLOR, "COUNSELLOR", SGB3),
                reads(State.ENROLLED_IN_INGA), writes(State.ENROLLED_IN_INGA)),
        ACTIVE_DEPUTY_WITH_ROLE(Caller.of("m-deputy", "COUNSELLOR", SGB3),
                reads(State.ENROLLED_IN_INGA), writes(State.ENROLLED_IN_INGA)),
        ACTIVE_DEPUTY_WITHOUT_ROLE(Caller.of("m-deputy-without-role", "COUNSELLOR"), reads(), writes()),
        EXPIRED_DEPUTY(Caller.of("m-deputy-expired", "COUNSELLOR", SGB3), reads(), writes()),
        INGA_TEAM_LEAD_WITH_PERMISSION(Caller.of("m-inga-lead", "TEAM_LEAD", ADDITIONAL),
                reads(State.ENROLLED_IN_INGA), writes()),
        INGA_TEAM_LEAD_WITHOUT_PERMISSION(Caller.of("m-inga-lead-without-permission", "TEAM_LEAD"),
                reads(State.ENROLLED_IN_INGA), writes()),
        LEAD_OF_ANOTHER_INGA_TEAM(Caller.of("m-other-inga-lead", "TEAM_LEAD", ADDITIONAL), reads(), writes()),
        INGA_COUNSELLOR_OF_ANOTHER_TEAM(Caller.of("m-other-inga-counsellor", "COUNSELLOR", SGB3), reads(), writes()),
        MIXED_TEAM_LEAD(Caller.of("m-mixed-lead", "TEAM_LEAD", ADDITIONAL), reads(), writes()),
        REPORTING_VIEWER(Caller.of("m-viewer", "REPORTING_VIEWER"), reads(), writes()),
        ACCESS_ADMIN(Caller.of("m-admin", "ACCESS_ADMIN"), reads(), writes()),
        DATA_PROTECTION_OFFICER(Caller.of("m-dpo", "DATA_PROTECTION_OFFICER"), reads(), writes()),
        NO_TOKEN(Caller.withoutToken(), reads(), writes());

        final Caller caller;
        final Set<State> reads;
        final Set<State> writes;

        Relationship(Caller caller, Set<State> reads, Set<State> writes) {
            this.caller = caller;
            this.reads = reads;
            this.writes = writes;
        }

        boolean holdsAnyOf(String... roles) {
            return Arrays.stream(roles).anyMatch(caller.roles()::contains);
        }
    }

    /** What an operation is, which decides who may call it. */
    enum Kind { OPEN, SEARCH, READ, WRITE, CATALOGUE, ACCESS_LOG, ANY_TOKEN, RESTRICT, LIFT, ERASE, SUBJECT_ACCESS }

    record Operation(String key, Kind kind, Phase phase, int success,
                     BiFunction<RequestSpecification, CaseFixtures.Fixture, Response> call) {
    }

    static final List<Operation> OPERATIONS = List.of(
            new Operation("POST /cases", Kind.OPEN, null, 201, (request, f) -> request.body("""
                    {"customerNumber":"%s","legalDomain":"SGB_III","agency":"801","team":"%s","counsellor":"x"}
                    """.formatted(f.customerNumber(), CaseFixtures.TEAM)).post("/cases")),
            new Operation("GET /cases", Kind.SEARCH, null, 200,
                    (request, f) -> request.queryParam("customerNumber", f.customerNumber()).get("/cases")),
            read("GET /cases/{id}", "/cases/{id}"),
            read("GET /cases/{id}/history", "/cases/{id}/history"),
            read("GET /cases/{id}/notes", "/cases/{id}/notes"),
            write("POST /cases/{id}/notes", Phase.GOAL_SETTING, 201, (request, f) -> request
                    .body("{\"type\":\"COUNSELLING\",\"text\":\"Talked\"}").post("/cases/{id}/notes", f.caseId())),
            write("PUT /cases/{id}/profiling", Phase.PROFILING, 200, (request, f) -> request.body("""
                    {"strengths":["Punctual"],"needs":[{"dimension":"MOTIVATION","description":"Low"}]}
                    """).put("/cases/{id}/profiling", f.caseId())),
            write("POST /cases/{id}/profiling/complete", Phase.PROFILING, 200,
                    (request, f) -> request.post("/cases/{id}/profiling/complete", f.caseId())),
            write("PUT /cases/{id}/goal", Phase.GOAL_SETTING, 200, (request, f) -> request.body("""
                    {"kind":"TARGET_OCCUPATION","description":"Clerk","targetDate":"2099-01-31"}
                    """).put("/cases/{id}/goal", f.caseId())),
            write("POST /cases/{id}/strategies", Phase.STRATEGY_SELECTION, 200, (request, f) -> request.body("""
                    {"strategies":[{"strategy":"VOCATIONAL_QUALIFICATION","needId":"%s"}]}
                    """.formatted(f.needId())).post("/cases/{id}/strategies", f.caseId())),
            write("POST /cases/{id}/steps", Phase.IMPLEMENTATION_AND_FOLLOW_UP, 201, (request, f) -> request.body("""
                    {"kind":"AGREED_STEP","description":"Apply","responsible":"CUSTOMER","dueDate":"2099-01-31"}
                    """).post("/cases/{id}/steps", f.caseId())),
            write("PUT /cases/{id}/steps/{stepId}/status", Phase.IMPLEMENTATION_AND_FOLLOW_UP, 200,
                    (request, f) -> request.body("{\"status\":\"DONE\"}")
                            .put("/cases/{id}/steps/{stepId}/status", f.caseId(), f.stepId())),
            write("POST /cases/{id}/follow-ups", Phase.IMPLEMENTATION_AND_FOLLOW_UP, 201, (request, f) -> request
                    .body("{\"heldOn\":\"2026-01-05\",\"progress\":\"Applied\",\"reopenProfiling\":false}")
                    .post("/cases/{id}/follow-ups", f.caseId())),
            write("POST /cases/{id}/handover", Phase.GOAL_SETTING, 200, (request, f) -> request
                    .body("{\"toLegalDomain\":\"SGB_II\"}").post("/cases/{id}/handover", f.caseId())),
            write("POST /cases/{id}/close", Phase.GOAL_SETTING, 200, (request, f) -> request
                    .body("{\"reason\":\"OTHER\"}").post("/cases/{id}/close", f.caseId())),
            catalogue("/catalogues/key-dimensions"),
            catalogue("/catalogues/profile-categories"),
            catalogue("/catalogues/profile-category-rules"),
            catalogue("/catalogues/action-strategies"),
            catalogue("/catalogues/note-types"),
            new Operation("GET /access-log", Kind.ACCESS_LOG, null, 200, (request, f) -> request.get("/access-log")),
            new Operation("GET /privacy/retention", Kind.ANY_TOKEN, null, 200,
                    (request, f) -> request.get("/privacy/retention")),
            new Operation("POST /privacy/cases/{id}/restrict", Kind.RESTRICT, Phase.GOAL_SETTING, 200, (request, f) ->
                    request.body("{\"reason\":\"Appeal\"}").post("/privacy/cases/{id}/restrict", f.caseId())),
            new Operation("POST /privacy/cases/{id}/lift", Kind.LIFT, Phase.GOAL_SETTING, 200,
                    (request, f) -> request.post("/privacy/cases/{id}/lift", f.caseId())),
            new Operation("POST /privacy/cases/{id}/erase", Kind.ERASE, Phase.GOAL_SETTING, 200,
                    (request, f) -> request.post("/privacy/cases/{id}/erase", f.caseId())),
            new Operation("GET /privacy/customers/{customerNumber}", Kind.SUBJECT_ACCESS, Phase.GOAL_SETTING, 200,
                    (request, f) -> request.get("/privacy/customers/{customerNumber}", f.customerNumber())));

    @BeforeAll
    static void relationships() {
        Memberships.counsellor("m-team-counsellor", CaseFixtures.TEAM);
        Memberships.teamLead("m-team-lead", CaseFixtures.TEAM);
        for (String inga : List.of(CaseFixtures.INGA_COUNSELLOR, "m-deputy", "m-deputy-without-role", "m-deputy-expired")) {
            Memberships.counsellor(inga, CaseFixtures.INGA_TEAM);
        }
        Memberships.teamLead("m-inga-lead", CaseFixtures.INGA_TEAM);
        Memberships.teamLead("m-inga-lead-without-permission", CaseFixtures.INGA_TEAM);
        Memberships.teamLead("m-other-inga-lead", "X90-802-INGA");
        Memberships.counsellor("m-other-inga-counsellor", "X90-802-INGA");
        Memberships.teamLead("m-mixed-lead", "X90-803-MIXED");
        CaseFixtures.deputy("m-deputy", -1, 1);
        CaseFixtures.deputy("m-deputy-without-role", -1, 1);
        CaseFixtures.deputy("m-deputy-expired", -9, -1);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        AccessMatrix.assertEveryOperationHasARow(OPERATIONS.stream().map(Operation::key).toList());
    }

    /** An operation on a case in a state: a row of the matrix. */
    record Row(State state, Operation operation) {
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryRelationship() {
        List<Row> rows = Stream.of(State.values())
                .flatMap(state -> OPERATIONS.stream().map(operation -> new Row(state, operation))).toList();
        return AccessMatrix.rows("case-service access matrix (operations in the three case states)", rows,
                row -> row.state() + " " + row.operation().key(), List.of(Relationship.values()),
                (row, relationship) -> cell(row.state(), row.operation(), relationship));
    }

    @AfterAll
    static void noCustomerNumberReachedTheLog() {
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }

    private static Executable cell(State state, Operation operation, Relationship relationship) {
        return () -> {
            CaseFixtures.Fixture fixture = operation.kind() == Kind.OPEN ? CaseFixtures.unopened()
                    : CaseFixtures.of(operation.phase() == null ? Phase.GOAL_SETTING : operation.phase(),
                    state == State.ENROLLED_IN_INGA, state == State.RESTRICTED, operation.kind() == Kind.ERASE);
            String cell = state + " " + operation.key() + " as " + relationship;
            Response response = operation.call().apply(relationship.caller.request(), fixture);
            Outcome outcome = outcome(state, operation.kind(), relationship);
            AccessMatrix.assertOutcome(cell, response, outcome, operation.success(), fixture.socialData());
            if (operation.kind() == Kind.SEARCH && outcome == Outcome.GRANTED) {
                assertEquals(List.of(fixture.caseId().toString()), response.path("items.id"), cell);
            } else if (outcome == Outcome.HIDDEN_FROM_SEARCH) {
                assertEquals(0, (int) response.path("total"), cell);
            }
        };
    }

    private static Outcome outcome(State state, Kind kind, Relationship relationship) {
        if (relationship == Relationship.NO_TOKEN) {
            return Outcome.NO_TOKEN;
        }
        boolean officer = relationship == Relationship.DATA_PROTECTION_OFFICER;
        boolean restricted = state == State.RESTRICTED;
        return switch (kind) {
            case OPEN -> Outcome.grantedIf(relationship == Relationship.COUNSELLOR_OF_THE_CASES_TEAM);
            case SEARCH -> relationship.reads.contains(state) ? Outcome.GRANTED
                    : relationship.holdsAnyOf("COUNSELLOR", "TEAM_LEAD", SGB3) ? Outcome.HIDDEN_FROM_SEARCH
                    : Outcome.FORBIDDEN;
            case READ -> Outcome.grantedIf(restricted ? officer : relationship.reads.contains(state));
            case WRITE -> restricted && relationship == Relationship.COUNSELLOR_OF_THE_CASES_TEAM ? Outcome.CONFLICT
                    : Outcome.grantedIf(relationship.writes.contains(state));
            case CATALOGUE -> Outcome.grantedIf(relationship.holdsAnyOf("COUNSELLOR", "TEAM_LEAD", SGB3));
            case ACCESS_LOG, SUBJECT_ACCESS -> Outcome.grantedIf(officer);
            case ANY_TOKEN -> Outcome.GRANTED;
            case RESTRICT, ERASE -> !officer ? Outcome.FORBIDDEN : restricted ? Outcome.CONFLICT : Outcome.GRANTED;
            case LIFT -> !officer ? Outcome.FORBIDDEN : restricted ? Outcome.GRANTED : Outcome.CONFLICT;
        };
    }

    private static Operation read(String key, String path) {
        return new Operation(key, Kind.READ, null, 200, (request, f) -> request.get(path, f.caseId()));
    }

    private static Operation write(String key, Phase phase, int success,
                                   BiFunction<RequestSpecification, CaseFixtures.Fixture, Response> call) {
        return new Operation(key, Kind.WRITE, phase, success, call);
    }

    private static Operation catalogue(String path) {
        return new Operation("GET " + path, Kind.CATALOGUE, null, 200, (request, f) -> request.get(path));
    }

    private static Set<State> reads(State... states) {
        return states.length == 0 ? EnumSet.noneOf(State.class) : EnumSet.copyOf(List.of(states));
    }

    private static Set<State> writes(State... states) {
        return reads(states);
    }
}
