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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The access matrix of access-service (DESIGN.md 1.2, 1.3, 1.5): every operation of its OpenAPI document against
 * every relationship to a certified counsellor of an Inga team with a pending role request, reflection-day proposal
 * or supervision request. Access admins administer teams, roles and certifications; users read and request their own
 * and assign their own deputies; the members of a certification group propose its reflection day, a lead of the
 * proposer's team decides it; a lead of the requester's team decides supervision, which only the two see; nobody
 * else, whatever the role; the officer alone reads the access log and the subject access. Denials show nothing of
 * the user the request did not name.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class AccessServiceMatrixTest {

    static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";

    /** What the subject has pending when the operation is called: the item the operation acts on, if any. */
    enum Item { NONE, ROLE_REQUEST, REFLECTION_DAY, SUPERVISION_REQUEST }

    /**
     * A counsellor who joined an Inga team after the cut-off and was certified in a group, with a deputy, a lead and
     * a member of the same certification group in another team; {@code itemId} is the id of his or her pending item.
     */
    record Subject(String user, String team, String deputy, String lead, String groupMember, String group,
                   String certificationId, String itemId) {

        static Subject make(Item item) {
            String team = newTeam("INGA");
            String user = newUser();
            String deputy = newUser();
            String lead = newUser();
            String groupMember = newUser();
            String group = "ZG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            join(team, user, "COUNSELLOR", "2020-03-01");
            join(team, lead, "TEAM_LEAD", "2020-03-01");
            join(newTeam("INGA"), groupMember, "COUNSELLOR", "2020-03-01");
            certify(groupMember, group);
            String certificationId = certify(user, group);
            LocalDate today = LocalDate.now(AgencyClock.ZONE);
            asAdmin().body(deputyship(user, deputy, today)).post("/deputies").then().statusCode(201);
            RequestSpecification asUser = new Caller(user, List.of("COUNSELLOR")).request();
            String itemId = switch (item) {
                case NONE -> null;
                case ROLE_REQUEST -> asUser.body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                        .then().statusCode(201).extract().path("id");
                case REFLECTION_DAY -> asUser.body(proposal(group)).post("/reflection-days")
                        .then().statusCode(201).extract().path("id");
                case SUPERVISION_REQUEST -> asUser.post("/supervision-requests")
                        .then().statusCode(201).extract().path("id");
            };
            return new Subject(user, team, deputy, lead, groupMember, group, certificationId, itemId);
        }

        /** What a denial may not show: the user's data the request did not name (a problem names its path). */
        List<String> unrequested() {
            return List.of(deputy, lead, groupMember);
        }
    }

    enum Relationship {
        THE_USER(s -> Caller.of(s.user(), "COUNSELLOR")),
        DEPUTY_OF_THE_USER(s -> Caller.of(s.deputy(), "COUNSELLOR", SGB3)),
        LEAD_OF_THE_USERS_TEAM(s -> Caller.of(s.lead(), "TEAM_LEAD", "INGA_ADDITIONAL_PERMISSION")),
        MEMBER_OF_THE_USERS_CERTIFICATION_GROUP(s -> Caller.of(s.groupMember(), "COUNSELLOR", SGB3)),
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

    /** Everyone with a counselling or lead role: what the lists of requests, days and certifications admit. */
    static final Set<Relationship> STAFF = EnumSet.of(Relationship.THE_USER, Relationship.DEPUTY_OF_THE_USER,
            Relationship.LEAD_OF_THE_USERS_TEAM, Relationship.MEMBER_OF_THE_USERS_CERTIFICATION_GROUP,
            Relationship.INGA_COUNSELLOR_OF_ANOTHER_TEAM, Relationship.MIXED_TEAM_LEAD);

    /**
     * Who may call an operation ({@code allowed}); for a list, who finds the subject's item in it ({@code seeing},
     * null for other operations); who is refused with a 422 because the rules' precondition is not his or hers
     * ({@code refused}: certified counsellors only).
     */
    enum Kind {
        ADMIN(EnumSet.of(Relationship.ACCESS_ADMIN)),
        SELF_OR_ADMIN(EnumSet.of(Relationship.THE_USER, Relationship.ACCESS_ADMIN)),
        OFFICER(EnumSet.of(Relationship.DATA_PROTECTION_OFFICER)),
        ANY_TOKEN(EnumSet.complementOf(EnumSet.of(Relationship.NO_TOKEN))),
        OWN_LIST(with(STAFF, Relationship.ACCESS_ADMIN), EnumSet.of(Relationship.THE_USER, Relationship.ACCESS_ADMIN)),
        LEAD(EnumSet.of(Relationship.LEAD_OF_THE_USERS_TEAM)),
        GROUP_MEMBERS(EnumSet.of(Relationship.THE_USER, Relationship.MEMBER_OF_THE_USERS_CERTIFICATION_GROUP)),
        GROUP_LEAD_OR_ADMIN(EnumSet.of(Relationship.THE_USER, Relationship.MEMBER_OF_THE_USERS_CERTIFICATION_GROUP,
                Relationship.LEAD_OF_THE_USERS_TEAM, Relationship.ACCESS_ADMIN)),
        GROUP_LEAD_OR_ADMIN_LIST(with(STAFF, Relationship.ACCESS_ADMIN), GROUP_LEAD_OR_ADMIN.allowed),
        CERTIFIED_SELF(GROUP_MEMBERS.allowed, null,
                EnumSet.of(Relationship.DEPUTY_OF_THE_USER, Relationship.INGA_COUNSELLOR_OF_ANOTHER_TEAM)),
        SELF_OR_LEAD(EnumSet.of(Relationship.THE_USER, Relationship.LEAD_OF_THE_USERS_TEAM)),
        SELF_OR_LEAD_LIST(STAFF, SELF_OR_LEAD.allowed);

        final Set<Relationship> allowed;
        final Set<Relationship> seeing;
        final Set<Relationship> refused;

        Kind(Set<Relationship> allowed) {
            this(allowed, null);
        }

        Kind(Set<Relationship> allowed, Set<Relationship> seeing) {
            this(allowed, seeing, Set.of());
        }

        Kind(Set<Relationship> allowed, Set<Relationship> seeing, Set<Relationship> refused) {
            this.allowed = allowed;
            this.seeing = seeing;
            this.refused = refused;
        }

        private static Set<Relationship> with(Set<Relationship> some, Relationship more) {
            Set<Relationship> all = EnumSet.copyOf(some);
            all.add(more);
            return all;
        }
    }

    record Operation(String key, Kind kind, Item item, int success,
                     BiFunction<RequestSpecification, Subject, Response> call) {
    }

    static final List<Operation> OPERATIONS = List.of(
            admin("PUT /teams/{x90}", 201, (request, s) -> request.body("{\"type\":\"MIXED\",\"agency\":\"311\"}")
                    .put("/teams/{x90}", s.team() + "X")),
            admin("POST /teams/{x90}/members", 201, (request, s) -> request
                    .body("{\"userId\":\"" + newUser() + "\",\"function\":\"COUNSELLOR\",\"startDate\":\"2021-01-01\"}")
                    .post("/teams/{x90}/members", s.team())),
            admin("DELETE /teams/{x90}/members/{userId}", 200, (request, s) -> request
                    .queryParam("endDate", LocalDate.now(AgencyClock.ZONE).toString())
                    .delete("/teams/{x90}/members/{userId}", s.team(), s.user())),
            admin("POST /memberships/import", 200, (request, s) -> request.body("""
                    [{"x90":"%s","teamType":"INGA","agency":"311","userId":"%s","function":"COUNSELLOR",
                      "startDate":"2021-01-01"}]""".formatted(s.team(), newUser())).post("/memberships/import")),
            new Operation("POST /role-requests/{id}/approve", Kind.ADMIN, Item.ROLE_REQUEST, 200,
                    (request, s) -> request.post("/role-requests/{id}/approve", s.itemId())),
            new Operation("POST /role-requests/{id}/reject", Kind.ADMIN, Item.ROLE_REQUEST, 200, (request, s) -> request
                    .body("{\"reason\":\"Not in the programme\"}").post("/role-requests/{id}/reject", s.itemId())),
            admin("GET /keycloak-sync", 200, (request, s) -> request.get("/keycloak-sync")),
            admin("POST /keycloak-sync/reconcile", 200, (request, s) -> request.post("/keycloak-sync/reconcile")),
            admin("POST /certifications", 201, (request, s) -> {
                String counsellor = newUser();
                join(s.team(), counsellor, "COUNSELLOR", "2021-01-01");
                return request.body(certification(counsellor, s.group())).post("/certifications");
            }),
            self("GET /users/{userId}/roles", Item.NONE, 200, (request, s) -> request.get("/users/{userId}/roles", s.user())),
            self("POST /role-requests", Item.NONE, 201, (request, s) -> request
                    .body("{\"userId\":\"" + s.user() + "\",\"role\":\"" + SGB3 + "\"}").post("/role-requests")),
            self("GET /role-requests/{id}", Item.ROLE_REQUEST, 200,
                    (request, s) -> request.get("/role-requests/{id}", s.itemId())),
            self("POST /deputies", Item.NONE, 201, (request, s) -> request
                    .body(deputyship(s.user(), newUser(), LocalDate.now(AgencyClock.ZONE))).post("/deputies")),
            self("GET /deputies", Item.NONE, 200,
                    (request, s) -> request.queryParam("counsellorId", s.user()).get("/deputies")),
            new Operation("GET /role-requests", Kind.OWN_LIST, Item.ROLE_REQUEST, 200,
                    (request, s) -> request.get("/role-requests")),
            new Operation("GET /certifications", Kind.OWN_LIST, Item.NONE, 200,
                    (request, s) -> request.get("/certifications")),
            new Operation("POST /reflection-days", Kind.GROUP_MEMBERS, Item.NONE, 201,
                    (request, s) -> request.body(proposal(s.group())).post("/reflection-days")),
            new Operation("GET /reflection-days", Kind.GROUP_LEAD_OR_ADMIN_LIST, Item.REFLECTION_DAY, 200,
                    (request, s) -> request.get("/reflection-days")),
            new Operation("GET /reflection-days/{id}", Kind.GROUP_LEAD_OR_ADMIN, Item.REFLECTION_DAY, 200,
                    (request, s) -> request.get("/reflection-days/{id}", s.itemId())),
            new Operation("POST /reflection-days/{id}/approve", Kind.LEAD, Item.REFLECTION_DAY, 200,
                    (request, s) -> request.post("/reflection-days/{id}/approve", s.itemId())),
            new Operation("POST /reflection-days/{id}/reject", Kind.LEAD, Item.REFLECTION_DAY, 200, (request, s) -> request
                    .body("{\"reason\":\"Annual planning that week\"}").post("/reflection-days/{id}/reject", s.itemId())),
            new Operation("POST /supervision-requests", Kind.CERTIFIED_SELF, Item.NONE, 201,
                    (request, s) -> request.post("/supervision-requests")),
            new Operation("GET /supervision-requests", Kind.SELF_OR_LEAD_LIST, Item.SUPERVISION_REQUEST, 200,
                    (request, s) -> request.get("/supervision-requests")),
            new Operation("GET /supervision-requests/{id}", Kind.SELF_OR_LEAD, Item.SUPERVISION_REQUEST, 200,
                    (request, s) -> request.get("/supervision-requests/{id}", s.itemId())),
            new Operation("POST /supervision-requests/{id}/approve", Kind.LEAD, Item.SUPERVISION_REQUEST, 200,
                    (request, s) -> request.post("/supervision-requests/{id}/approve", s.itemId())),
            new Operation("POST /supervision-requests/{id}/reject", Kind.LEAD, Item.SUPERVISION_REQUEST, 200,
                    (request, s) -> request.body("{\"reason\":\"Not now\"}")
                            .post("/supervision-requests/{id}/reject", s.itemId())),
            new Operation("GET /access-log", Kind.OFFICER, Item.NONE, 200, (request, s) -> request.get("/access-log")),
            new Operation("GET /privacy/customers/{customerNumber}", Kind.OFFICER, Item.NONE, 200,
                    (request, s) -> request.get("/privacy/customers/{customerNumber}", "123A456789")),
            new Operation("GET /privacy/retention", Kind.ANY_TOKEN, Item.NONE, 200,
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
            Subject subject = Subject.make(operation.item());
            String cell = operation.key() + " as " + relationship;
            Response response = operation.call().apply(relationship.caller.apply(subject).request(), subject);
            Kind kind = operation.kind();
            if (kind.refused.contains(relationship)) {
                assertDenied(cell, response, 422, subject.unrequested());
                return;
            }
            if (!kind.allowed.contains(relationship)) {
                assertDenied(cell, response, relationship == Relationship.NO_TOKEN ? 401 : 403, subject.unrequested());
                return;
            }
            assertGranted(cell, response, operation.success());
            if (kind.seeing != null) {
                String item = operation.item() == Item.NONE ? subject.certificationId() : subject.itemId();
                boolean sees = kind.seeing.contains(relationship);
                assertEquals(sees, response.jsonPath().getList("id").contains(item), cell);
                if (!sees) {
                    AccessMatrix.assertNoSocialData(cell, response, List.of(subject.user(), item));
                }
            }
        };
    }

    private static String deputyship(String counsellor, String deputy, LocalDate from) {
        return "{\"counsellorId\":\"" + counsellor + "\",\"deputyId\":\"" + deputy + "\",\"validFrom\":\"" + from
                + "\",\"validUntil\":\"" + from.plusDays(5) + "\"}";
    }

    private static String proposal(String group) {
        return "{\"certificationGroup\":\"" + group + "\",\"plannedOn\":\""
                + LocalDate.now(AgencyClock.ZONE).plusDays(30) + "\"}";
    }

    private static String certification(String user, String group) {
        return "{\"userId\":\"" + user + "\",\"certificationGroup\":\"" + group + "\",\"certifiedOn\":\"2026-01-15\"}";
    }

    private static String certify(String user, String group) {
        return asAdmin().body(certification(user, group)).post("/certifications").then().statusCode(201)
                .extract().path("id");
    }

    private static Operation admin(String key, int success, BiFunction<RequestSpecification, Subject, Response> call) {
        return new Operation(key, Kind.ADMIN, Item.NONE, success, call);
    }

    private static Operation self(String key, Item item, int success,
                                  BiFunction<RequestSpecification, Subject, Response> call) {
        return new Operation(key, Kind.SELF_OR_ADMIN, item, success, call);
    }
}
