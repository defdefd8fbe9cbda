package de.agency.integration.access.concurrency;

import static de.agency.integration.access.AccessApi.as;
import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.join;
import static de.agency.integration.access.AccessApi.newTeam;
import static de.agency.integration.access.AccessApi.newUser;
import static de.agency.integration.testing.ConcurrentRequests.assertOneWinner;
import static de.agency.integration.testing.ConcurrentRequests.fire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.access.domain.Deputyship;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleGrant;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent duplicate writes of access-service: exactly one wins, the others get a clean 409, never a 500 - and no
 * user ends up with a role, a membership, a request, a deputyship or a certification twice, no certification group
 * with two reflection days in a year.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class AccessConcurrencyTest {

    static final int TIMES = 6;
    static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";

    @Test
    void approvingOneRequestSixTimesAtOnceGrantsTheRoleOnce() {
        String team = newTeam("INGA");
        String user = newUser();
        join(team, user, "COUNSELLOR", "2020-03-01");
        String request = as(user, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}").post("/role-requests")
                .then().statusCode(201).extract().path("id");

        assertOneWinner("approve", fire(TIMES, () -> asAdmin().post("/role-requests/{id}/approve", request)), 200,
                Set.of(409), List.of());

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> RoleGrant.activeFor(user)).stream()
                .filter(grant -> grant.role == Role.INTEGRATION_COUNSELLOR_SGB3).count());
        as(user, "COUNSELLOR").get("/users/{id}/roles", user).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void addingOneMemberSixTimesAtOnceAddsOneMembership() {
        String team = newTeam("INGA");
        String user = newUser();

        assertOneWinner("join", fire(TIMES, () -> asAdmin()
                .body("{\"userId\":\"" + user + "\",\"function\":\"COUNSELLOR\",\"startDate\":\"2019-01-01\"}")
                .post("/teams/{x90}/members", team)), 201, Set.of(409), List.of());

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> RoleGrant.activeFor(user)).size(),
                "the automatic grant came once");
    }

    @Test
    void requestingOneRoleSixTimesAtOnceMakesOneRequest() {
        String team = newTeam("INGA");
        String user = newUser();
        join(team, user, "COUNSELLOR", "2020-03-01");

        assertOneWinner("request", fire(TIMES, () -> as(user, "COUNSELLOR").body("{\"role\":\"" + SGB3 + "\"}")
                .post("/role-requests")), 201, Set.of(409), List.of());
    }

    @Test
    void proposingReflectionDaysOfOneGroupAndYearAtOnceKeepsOne_andOneCertificationPerUser() {
        String team = newTeam("INGA");
        String group = "ZG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            String member = newUser();
            join(team, member, "COUNSELLOR", "2021-01-01");
            asAdmin().body(certification(member, group)).post("/certifications").then().statusCode(201);
            members.add(member);
        }
        String day = LocalDate.now(AgencyClock.ZONE).plusYears(1).withDayOfYear(40).toString();
        AtomicInteger next = new AtomicInteger();
        assertOneWinner("propose", fire(TIMES, () -> as(members.get(next.getAndIncrement()), "COUNSELLOR")
                .body("{\"certificationGroup\":\"" + group + "\",\"plannedOn\":\"" + day + "\"}")
                .post("/reflection-days")), 201, Set.of(409), List.of());

        String counsellor = newUser();
        join(team, counsellor, "COUNSELLOR", "2021-01-01");
        assertOneWinner("certify", fire(TIMES, () -> asAdmin().body(certification(counsellor, group))
                .post("/certifications")), 201, Set.of(409), List.of());
    }

    @Test
    void assigningOneDeputySixTimesAtOnceAssignsOnce() {
        String counsellor = newUser();
        String deputy = newUser();
        LocalDate today = LocalDate.now(AgencyClock.ZONE);

        assertOneWinner("assign deputy", fire(TIMES, () -> asAdmin().body("{\"counsellorId\":\"" + counsellor
                + "\",\"deputyId\":\"" + deputy + "\",\"validFrom\":\"" + today + "\",\"validUntil\":\""
                + today.plusDays(7) + "\"}").post("/deputies")), 201, Set.of(409), List.of());

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> Deputyship.of(counsellor)).size());
    }

    @AfterAll
    static void noCustomerNumberReachedTheLog() {
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }

    private static String certification(String user, String group) {
        return "{\"userId\":\"" + user + "\",\"certificationGroup\":\"" + group + "\",\"certifiedOn\":\"2025-06-01\"}";
    }
}
