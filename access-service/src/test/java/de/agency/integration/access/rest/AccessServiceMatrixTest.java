package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.join;
import static de.agency.integration.access.AccessApi.newTeam;
import static de.agency.integration.access.AccessApi.newUser;
import static de.agency.integration.testing.AccessMatrix.assertDenied;
import static de.agency.integration.testing.AccessMatrix.assertGranted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.AccessMatrix;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The access matrix of access-service (DESIGN.md 1.3, 1.5): every operation of its OpenAPI document against every
 * relationship to a counsellor of an Inga team who has a pending role request. Access admins administer teams and
 * roles; users read and request their own and assign their own deputies; nobody else, whatever the role (team leads,
 * deputies and the data protection officer included); the officer alone reads the access log and the subject access. Denials show nothing of the user the request did not name.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class AccessServiceMatrixTest {

    static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";

    /**
     * A counsellor who joined an Inga team after the cut-off, with a deputy and a lead; {@code requestId} is his or her
     * pending request for the role, or null where the operation makes it.
     */
    record Subject(String user, String team, String deputy, String lead, String requestId) {

        static Subject make(boolean withRequest) {
            String team = newTeam("INGA");
            String user = newUser();
            String deputy = newUser();
            String lead = newUser();
            join(team, user, "COUNSELLOR", "2020-03-01");
            join(team, lead, "TEAM_LEAD", "2020-03-01");
            LocalDate today = LocalDate.now(AgencyClock.ZONE);
            asAdmin().body(deputyship(user, deputy, today)).post("/deputies").then().statusCode(201);
            String requestId = withRequest ? new Caller(user, List.of("COUNSELLOR")).request()
                    .body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests").then().statusCode(201)
                    .extract().path("id") : null;
            return new Subject(user, team, deputy, lead, requestId);
        }

        /** What a denial may not show: the user's data the request did not name (a problem names its path). */
        List<String> unrequested() {
            return List.of(deputy, lead);
        }
    }

    enum Relationship {
        THE_USER(s -> Caller.of(s.user(), "COUNSELLOR")),
        DEPUTY_OF_THE_USER(s -> Caller.of(s.deputy(), "COUNSELLOR", SGB3)),
        LEAD_OF_THE_USERS_TEAM(s -> Caller.of(s.lead(), "TEAM_LEAD", "INGA_ADDITIONAL_PERMISSION")),
        INGA_COUNSELLOR_OF_ANOTHER_TEAM(s -> Caller.of("a-other-counsellor", "COUNSELLOR", SGB3)),
        MIXED_TEAM_LEAD(s -> Caller.of("a-mixed-lead", "TEAM_LEAD")),
        REPORTING_VIEWER(s -> Caller.of("a-viewer", "REPORTING_VIEWER")),
        ACCESS_ADMIN(s -> Caller.of("a-admin", "ACCESS_ADMIN")),
        DATA_PROTECTION_OFFICER(s -> Caller.of("a-dpo", "DATA_PROTECTION_OFFICER")),
        NO_TOKEN(s -> Caller.withoutToken());

        final Function<Subject, Caller> caller;

        Relationship(Function<Subject, Caller> caller) {
            this.caller = caller;
        }
    }

    /**
     * Who may: access admins only, the user concerned or an access admin, anyone with a role of the service (seeing
     * their own), the data protection officer only, or anyone with a token.
     */
    enum Kind { ADMIN, SELF_OR_ADMIN, OWN_LIST, OFFICER, ANY_TOKEN }

    record Operation(String key, Kind kind, boolean withRequest, int success,
                     BiFunction<RequestSpecification, Subject, Response> call) {
    }

    static final List<Operation> OPERATIONS = List.of(
            admin("PUT /teams/{x90}", false, 201, (request, s) -> request.body("{\"type\":\"MIXED\",\"agency\":\"311\"}")
                    .put("/teams/{x90}", s.team() + "X")),
            admin("POST /teams/{x90}/members", false, 201, (request, s) -> request
                    .body("{\"userId\":\"" + newUser() + "\",\"function\":\"COUNSELLOR\",\"startDate\":\"2021-01-01\"}")
                    .post("/teams/{x90}/members", s.team())),
            admin("DELETE /teams/{x90}/members/{userId}", false, 200, (request, s) -> request
                    .queryParam("endDate", LocalDate.now(AgencyClock.ZONE).toString())
                    .delete("/teams/{x90}/members/{userId}", s.team(), s.user())),
            admin("POST /memberships/import", false, 200, (request, s) -> request.body("""
                    [{"x90":"%s","teamType":"INGA","agency":"311","userId":"%s","function":"COUNSELLOR",
                      "startDate":"2021-01-01"}]""".formatted(s.team(), newUser())).post("/memberships/import")),
            admin("POST /role-requests/{id}/approve", true, 200,
                    (request, s) -> request.post("/role-requests/{id}/approve", s.requestId())),
            admin("POST /role-requests/{id}/reject", true, 200, (request, s) -> request
                    .body("{\"reason\":\"Not in the programme\"}").post("/role-requests/{id}/reject", s.requestId())),
            admin("GET /keycloak-sync", false, 200, (request, s) -> request.get("/keycloak-sync")),
            admin("POST /keycloak-sync/reconcile", false, 200, (request, s) -> request.post("/keycloak-sync/reconcile")),
            self("GET /users/{userId}/roles", false, 200, (request, s) -> request.get("/users/{userId}/roles", s.user())),
            self("POST /role-requests", false, 201, (request, s) -> request
                    .body("{\"userId\":\"" + s.user() + "\",\"role\":\"" + SGB3 + "\"}").post("/role-requests")),
            self("GET /role-requests/{id}", true, 200, (request, s) -> request.get("/role-requests/{id}", s.requestId())),
            self("POST /deputies", false, 201, (request, s) -> request
                    .body(deputyship(s.user(), newUser(), LocalDate.now(AgencyClock.ZONE))).post("/deputies")),
            self("GET /deputies", false, 200, (request, s) -> request.queryParam("counsellorId", s.user()).get("/deputies")),
            new Operation("GET /role-requests", Kind.OWN_LIST, true, 200, (request, s) -> request.get("/role-requests")),
            new Operation("GET /access-log", Kind.OFFICER, false, 200, (request, s) -> request.get("/access-log")),
            new Operation("GET /privacy/customers/{customerNumber}", Kind.OFFICER, false, 200,
                    (request, s) -> request.get("/privacy/customers/{customerNumber}", "123A456789")),
            new Operation("GET /privacy/retention", Kind.ANY_TOKEN, false, 200,
                    (request, s) -> request.get("/privacy/retention")));

    @Test
    void everyOperationOfTheOpenApiDocumentHasARow() {
        AccessMatrix.assertEveryOperationHasARow(OPERATIONS.stream().map(Operation::key).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryRelationship() {
        return AccessMatrix.rows("access-service access matrix", OPERATIONS, Operation::key,
                List.of(Relationship.values()), AccessServiceMatrixTest::cell);
    }

    @AfterAll
    static void noCustomerNumberReachedTheLog() {
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }

    private static Executable cell(Operation operation, Relationship relationship) {
        return () -> {
            Subject subject = Subject.make(operation.withRequest());
            String cell = operation.key() + " as " + relationship;
            Caller caller = relationship.caller.apply(subject);
            Response response = operation.call().apply(caller.request(), subject);
            boolean anyRole = caller.roles().stream().anyMatch(List.of("COUNSELLOR", "TEAM_LEAD", "ACCESS_ADMIN")::contains);
            boolean allowed = switch (operation.kind()) {
                case ADMIN -> relationship == Relationship.ACCESS_ADMIN;
                case SELF_OR_ADMIN -> relationship == Relationship.ACCESS_ADMIN || relationship == Relationship.THE_USER;
                case OWN_LIST -> anyRole;
                case OFFICER -> relationship == Relationship.DATA_PROTECTION_OFFICER;
                case ANY_TOKEN -> relationship != Relationship.NO_TOKEN;
            };
            if (!allowed) {
                assertDenied(cell, response, relationship == Relationship.NO_TOKEN ? 401 : 403, subject.unrequested());
                return;
            }
            assertGranted(cell, response, operation.success());
            if (operation.kind() == Kind.OWN_LIST) {
                boolean sees = relationship == Relationship.ACCESS_ADMIN || relationship == Relationship.THE_USER;
                assertEquals(sees, response.jsonPath().getList("id").contains(subject.requestId()), cell);
                if (!sees) {
                    AccessMatrix.assertNoSocialData(cell, response, List.of(subject.user(), subject.requestId()));
                }
            }
        };
    }

    private static String deputyship(String counsellor, String deputy, LocalDate from) {
        return "{\"counsellorId\":\"" + counsellor + "\",\"deputyId\":\"" + deputy + "\",\"validFrom\":\"" + from
                + "\",\"validUntil\":\"" + from.plusDays(5) + "\"}";
    }

    private static Operation admin(String key, boolean withRequest, int success,
                                   BiFunction<RequestSpecification, Subject, Response> call) {
        return new Operation(key, Kind.ADMIN, withRequest, success, call);
    }

    private static Operation self(String key, boolean withRequest, int success,
                                  BiFunction<RequestSpecification, Subject, Response> call) {
        return new Operation(key, Kind.SELF_OR_ADMIN, withRequest, success, call);
    }
}
