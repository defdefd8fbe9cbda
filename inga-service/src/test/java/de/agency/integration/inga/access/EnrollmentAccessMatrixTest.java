package de.agency.integration.inga.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.EnrollmentFixtures.Fixture;
import de.agency.integration.inga.Replicas;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
 * The access matrix of inga-service (DESIGN.md 1.2, 1.5, 1.6): every operation of its OpenAPI document against every
 * relationship of a caller to an enrollment, whose case is active or restricted. Grants are asserted by their success status, denials by status and by
 * the absence of every item of the enrollment's social data (customer number, consent scope, protected note).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class EnrollmentAccessMatrixTest {

    static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";
    static final String ADDITIONAL = "INGA_ADDITIONAL_PERMISSION";
    static final String TEAM = "X90-901-INGA";
    static final String OTHER_INGA_TEAM = "X90-902-INGA";
    static final String MIXED_TEAM = "X90-903-MIXED";
    static final String OWN = "n-own-counsellor";
    static final String CASE_COUNSELLOR_ID = "n-case-counsellor";

    /** What the caller may do with the enrollment. */
    enum Right { WORK, READ, READ_NOTE }

    enum Relationship {
        OWN_COUNSELLOR(Caller.of(OWN, "COUNSELLOR", SGB3), Right.WORK, Right.READ, Right.READ_NOTE),
        ACTIVE_DEPUTY_WITH_ROLE(Caller.of("n-deputy", "COUNSELLOR", SGB3), Right.WORK, Right.READ, Right.READ_NOTE),
        ACTIVE_DEPUTY_WITHOUT_ROLE(Caller.of("n-deputy-without-role", "COUNSELLOR")),
        EXPIRED_DEPUTY(Caller.of("n-deputy-expired", "COUNSELLOR", SGB3)),
        LEAD_OF_THE_TEAM_WITH_PERMISSION(Caller.of("n-lead", "TEAM_LEAD", ADDITIONAL), Right.READ, Right.READ_NOTE),
        LEAD_OF_THE_TEAM_WITHOUT_PERMISSION(Caller.of("n-lead-without-permission", "TEAM_LEAD"), Right.READ),
        LEAD_OF_ANOTHER_INGA_TEAM(Caller.of("n-other-lead", "TEAM_LEAD", ADDITIONAL)),
        INGA_COUNSELLOR_OF_ANOTHER_TEAM(Caller.of("n-other-counsellor", "COUNSELLOR", SGB3)),
        MIXED_TEAM_LEAD(Caller.of("n-mixed-lead", "TEAM_LEAD", ADDITIONAL)),
        REPORTING_VIEWER(Caller.of("n-viewer", "REPORTING_VIEWER")),
        ACCESS_ADMIN(Caller.of("n-admin", "ACCESS_ADMIN")),
        DATA_PROTECTION_OFFICER(Caller.of("n-dpo", "DATA_PROTECTION_OFFICER")),
        CASE_COUNSELLOR(Caller.of(CASE_COUNSELLOR_ID, "COUNSELLOR")),
        NO_TOKEN(Caller.withoutToken());

        final Caller caller;
        final Set<Right> rights;

        Relationship(Caller caller, Right... rights) {
            this.caller = caller;
            this.rights = Set.of(rights);
        }

        boolean holdsAnyOf(String... roles) {
            return Arrays.stream(roles).anyMatch(caller.roles()::contains);
        }
    }

    /** Which right an operation needs; the catalogues, retention and the officer's operations go by role alone. */
    enum Kind {
        ENROLL, SEARCH, READ, WORK, READ_NOTE, WRITE_NOTE, CATALOGUE, ACCESS_LOG, ANY_TOKEN, SUBJECT_ACCESS,
        REFER, REFERRAL_SEARCH, DECIDE_REFERRAL, LETTER_TEMPLATES, ADD_LETTER_TEMPLATE
    }

    /** Who sees a referral to {@link #TEAM}: its referrer, the team's Inga counsellors and its leads. */
    static final Set<Relationship> REFERRAL_READERS = Set.of(Relationship.CASE_COUNSELLOR, Relationship.OWN_COUNSELLOR,
            Relationship.ACTIVE_DEPUTY_WITH_ROLE, Relationship.EXPIRED_DEPUTY,
            Relationship.LEAD_OF_THE_TEAM_WITH_PERMISSION, Relationship.LEAD_OF_THE_TEAM_WITHOUT_PERMISSION);

    /** Who decides a referral to {@link #TEAM}: those holding INTEGRATION_COUNSELLOR_SGB3 there. */
    static final Set<Relationship> REFERRAL_DECIDERS = Set.of(Relationship.OWN_COUNSELLOR,
            Relationship.ACTIVE_DEPUTY_WITH_ROLE, Relationship.EXPIRED_DEPUTY);

    /** The enrollment's case as case-service tells it: open to work, or restricted (Art. 18 GDPR). */
    enum State { ACTIVE, CASE_RESTRICTED }

    /** An operation on an enrollment whose case is in a state: a row of the matrix. */
    record Row(State state, Operation operation) {
    }

    record Operation(String key, Kind kind, int success, BiFunction<RequestSpecification, Fixture, Response> call) {
    }

    static final List<Operation> OPERATIONS = List.of(
            new Operation("POST /enrollments", Kind.ENROLL, 201, (request, f) -> request
                    .body("{\"caseId\":\"" + f.caseId() + "\",\"ingaCounsellor\":\"" + OWN + "\"}").post("/enrollments")),
            new Operation("GET /enrollments", Kind.SEARCH, 200,
                    (request, f) -> request.queryParam("agency", f.agency()).get("/enrollments")),
            new Operation("GET /enrollments/{id}", Kind.READ, 200,
                    (request, f) -> request.get("/enrollments/{id}", f.enrollmentId())),
            new Operation("GET /enrollments/{id}/contacts", Kind.READ, 200,
                    (request, f) -> request.get("/enrollments/{id}/contacts", f.enrollmentId())),
            new Operation("GET /enrollments/{id}/consents", Kind.READ, 200,
                    (request, f) -> request.get("/enrollments/{id}/consents", f.enrollmentId())),
            new Operation("POST /enrollments/{id}/contacts", Kind.WORK, 201, (request, f) -> request
                    .body("{\"form\":\"VIDEO\",\"date\":\"" + today() + "\"}")
                    .post("/enrollments/{id}/contacts", f.enrollmentId())),
            new Operation("POST /enrollments/{id}/consents", Kind.WORK, 201, (request, f) -> request
                    .body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\"" + today() + "\",\"scope\":\"Training\"}")
                    .post("/enrollments/{id}/consents", f.enrollmentId())),
            new Operation("DELETE /enrollments/{id}/consents/{consentId}", Kind.WORK, 200, (request, f) -> request
                    .delete("/enrollments/{id}/consents/{consentId}", f.enrollmentId(), f.consentId())),
            new Operation("POST /enrollments/{id}/exit", Kind.WORK, 200, (request, f) -> request
                    .body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").post("/enrollments/{id}/exit", f.enrollmentId())),
            new Operation("GET /enrollments/{id}/protected-note", Kind.READ_NOTE, 200,
                    (request, f) -> request.get("/enrollments/{id}/protected-note", f.enrollmentId())),
            new Operation("PUT /enrollments/{id}/protected-note", Kind.WRITE_NOTE, 200, (request, f) -> request
                    .body("{\"text\":\"Rewritten\"}").put("/enrollments/{id}/protected-note", f.enrollmentId())),
            new Operation("POST /enrollments/{id}/first-meeting", Kind.WORK, 201, (request, f) -> request
                    .body("{\"heldOn\":\"" + today() + "\"}").post("/enrollments/{id}/first-meeting", f.enrollmentId())),
            new Operation("GET /enrollments/{id}/first-meeting", Kind.READ, 200,
                    (request, f) -> request.get("/enrollments/{id}/first-meeting", f.enrollmentId())),
            new Operation("POST /referrals", Kind.REFER, 201, (request, f) -> request
                    .body("{\"caseId\":\"" + f.caseId() + "\",\"team\":\"" + TEAM + "\"}").post("/referrals")),
            new Operation("GET /referrals", Kind.REFERRAL_SEARCH, 200,
                    (request, f) -> request.queryParam("team", TEAM).get("/referrals")),
            new Operation("POST /referrals/{id}/accept", Kind.DECIDE_REFERRAL, 200,
                    (request, f) -> request.post("/referrals/{id}/accept", f.referralId())),
            new Operation("POST /referrals/{id}/decline", Kind.DECIDE_REFERRAL, 200, (request, f) -> request
                    .body("{\"reason\":\"TEAM_AT_CAPACITY\"}").post("/referrals/{id}/decline", f.referralId())),
            new Operation("GET /referral-decline-reasons", Kind.CATALOGUE, 200,
                    (request, f) -> request.get("/referral-decline-reasons")),
            new Operation("GET /exit-reasons", Kind.CATALOGUE, 200, (request, f) -> request.get("/exit-reasons")),
            new Operation("GET /enrollments/{id}/consent-letters/{type}", Kind.READ, 200, (request, f) -> request
                    .accept("application/pdf")
                    .get("/enrollments/{id}/consent-letters/{type}", f.enrollmentId(), "VIDEO_AUDIO_RECORDING")),
            new Operation("POST /enrollments/{id}/consents/{consentId}/signed-original", Kind.WORK, 201,
                    (request, f) -> request.contentType("application/pdf")
                            .body("%PDF-1.7\n% signed\n".getBytes(StandardCharsets.ISO_8859_1))
                            .post("/enrollments/{id}/consents/{consentId}/signed-original", f.enrollmentId(),
                                    f.consentId())),
            new Operation("GET /enrollments/{id}/consents/{consentId}/signed-original", Kind.READ, 200,
                    (request, f) -> {
                        EnrollmentFixtures.signedOriginal(f);
                        return request.accept("application/pdf").get(
                                "/enrollments/{id}/consents/{consentId}/signed-original", f.enrollmentId(),
                                f.consentId());
                    }),
            new Operation("GET /consent-letter-templates", Kind.LETTER_TEMPLATES, 200,
                    (request, f) -> request.get("/consent-letter-templates")),
            // in force only from 2099 on: the letters other tests print stay on the versions they expect
            new Operation("POST /consent-letter-templates", Kind.ADD_LETTER_TEMPLATE, 201, (request, f) -> request
                    .body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"title\":\"Einwilligung\",\"purpose\":\"Zweck\","
                            + "\"scopeFields\":[\"Zweck\"],\"voluntariness\":\"Freiwillig\","
                            + "\"revocation\":\"Widerruf\","
                            + "\"controller\":\"Agentur\",\"validFrom\":\"2099-01-01\"}")
                    .post("/consent-letter-templates")),
            new Operation("GET /exclusion-criteria", Kind.CATALOGUE, 200,
                    (request, f) -> request.get("/exclusion-criteria")),
            new Operation("GET /access-log", Kind.ACCESS_LOG, 200, (request, f) -> request.get("/access-log")),
            new Operation("GET /privacy/retention", Kind.ANY_TOKEN, 200,
                    (request, f) -> request.get("/privacy/retention")),
            new Operation("GET /privacy/customers/{customerNumber}", Kind.SUBJECT_ACCESS, 200,
                    (request, f) -> request.get("/privacy/customers/{customerNumber}", f.customerNumber())));

    @BeforeAll
    static void relationships() {
        LocalDate today = today();
        Replicas.grant(OWN, SGB3, TEAM);
        Replicas.grant("n-deputy", SGB3, TEAM);
        Replicas.deputy(OWN, "n-deputy", today.minusDays(1), today.plusDays(1));
        Replicas.deputy(OWN, "n-deputy-without-role", today.minusDays(1), today.plusDays(1));
        Replicas.grant("n-deputy-expired", SGB3, TEAM);
        Replicas.deputy(OWN, "n-deputy-expired", today.minusDays(9), today.minusDays(1));
        Replicas.lead("n-lead", TEAM);
        Replicas.grant("n-lead", ADDITIONAL, TEAM);
        Replicas.lead("n-lead-without-permission", TEAM);
        Replicas.lead("n-other-lead", OTHER_INGA_TEAM);
        Replicas.grant("n-other-lead", ADDITIONAL, OTHER_INGA_TEAM);
        Replicas.grant("n-other-counsellor", SGB3, OTHER_INGA_TEAM);
        Replicas.lead("n-mixed-lead", MIXED_TEAM);
        Replicas.grant("n-mixed-lead", ADDITIONAL, MIXED_TEAM);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        AccessMatrix.assertEveryOperationHasARow(OPERATIONS.stream().map(Operation::key).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryRelationship() {
        List<Row> rows = Stream.of(State.values())
                .flatMap(state -> OPERATIONS.stream().map(operation -> new Row(state, operation))).toList();
        return AccessMatrix.rows("inga-service access matrix (operations in both case states)", rows,
                row -> row.state() + " " + row.operation().key(), List.of(Relationship.values()),
                (row, relationship) -> cell(row.state(), row.operation(), relationship));
    }

    @AfterAll
    static void noCustomerNumberReachedTheLog() {
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }

    private static Executable cell(State state, Operation operation, Relationship relationship) {
        return () -> {
            boolean restricted = state == State.CASE_RESTRICTED;
            Fixture fixture = switch (operation.kind()) {
                case ENROLL -> EnrollmentFixtures.eligibleCase(restricted);
                case REFER -> {
                    Fixture eligible = EnrollmentFixtures.eligibleCase(restricted);
                    Replicas.member(CASE_COUNSELLOR_ID, EnrollmentFixtures.caseTeam(eligible.agency()));
                    yield eligible;
                }
                case REFERRAL_SEARCH, DECIDE_REFERRAL -> EnrollmentFixtures.referral(CASE_COUNSELLOR_ID, TEAM, restricted);
                default -> EnrollmentFixtures.enrollment(OWN, TEAM, restricted);
            };
            String cell = state + " " + operation.key() + " as " + relationship;
            Response response = operation.call().apply(relationship.caller.request(), fixture);
            Outcome outcome = outcome(state, operation.kind(), relationship);
            AccessMatrix.assertOutcome(cell, response, outcome, operation.success(), fixture.socialData());
            if (operation.kind() == Kind.REFERRAL_SEARCH && outcome != Outcome.FORBIDDEN && outcome != Outcome.NO_TOKEN) {
                List<String> listed = response.path("id");
                assertEquals(outcome == Outcome.GRANTED, listed.contains(fixture.referralId().toString()), cell);
            } else if (operation.kind() == Kind.SEARCH && outcome == Outcome.GRANTED) {
                assertEquals(List.of(fixture.enrollmentId().toString()), response.path("id"), cell);
            } else if (outcome == Outcome.HIDDEN_FROM_SEARCH) {
                assertEquals(List.of(), response.path("$"), cell);
            }
        };
    }

    private static Outcome outcome(State state, Kind kind, Relationship relationship) {
        if (relationship == Relationship.NO_TOKEN) {
            return Outcome.NO_TOKEN;
        }
        boolean restricted = state == State.CASE_RESTRICTED;
        boolean officer = relationship == Relationship.DATA_PROTECTION_OFFICER;
        boolean works = relationship.rights.contains(Right.WORK);
        return switch (kind) {
            case ENROLL, WORK, WRITE_NOTE -> works && restricted ? Outcome.CONFLICT : Outcome.grantedIf(works);
            case SEARCH -> relationship.rights.contains(Right.READ) && !restricted ? Outcome.GRANTED
                    : relationship.holdsAnyOf(SGB3, ADDITIONAL, "TEAM_LEAD") ? Outcome.HIDDEN_FROM_SEARCH
                    : Outcome.FORBIDDEN;
            case READ -> Outcome.grantedIf(restricted ? officer : relationship.rights.contains(Right.READ));
            case READ_NOTE -> Outcome.grantedIf(!restricted && relationship.rights.contains(Right.READ_NOTE));
            case CATALOGUE -> Outcome.grantedIf(relationship.holdsAnyOf(SGB3, ADDITIONAL, "COUNSELLOR", "TEAM_LEAD"));
            case LETTER_TEMPLATES -> Outcome.grantedIf(relationship.holdsAnyOf(SGB3, ADDITIONAL, "COUNSELLOR",
                    "TEAM_LEAD", "ACCESS_ADMIN"));
            case ADD_LETTER_TEMPLATE -> Outcome.grantedIf(relationship == Relationship.ACCESS_ADMIN);
            case ACCESS_LOG, SUBJECT_ACCESS -> Outcome.grantedIf(officer);
            case ANY_TOKEN -> Outcome.GRANTED;
            case REFER -> relationship == Relationship.CASE_COUNSELLOR
                    ? (restricted ? Outcome.CONFLICT : Outcome.GRANTED) : Outcome.FORBIDDEN;
            case REFERRAL_SEARCH -> !relationship.holdsAnyOf("COUNSELLOR", SGB3, "TEAM_LEAD") ? Outcome.FORBIDDEN
                    : REFERRAL_READERS.contains(relationship) && !restricted ? Outcome.GRANTED
                    : Outcome.HIDDEN_FROM_SEARCH;
            case DECIDE_REFERRAL -> REFERRAL_DECIDERS.contains(relationship)
                    ? (restricted ? Outcome.CONFLICT : Outcome.GRANTED) : Outcome.FORBIDDEN;
        };
    }

    private static LocalDate today() {
        return LocalDate.now(AgencyClock.ZONE);
    }
}
