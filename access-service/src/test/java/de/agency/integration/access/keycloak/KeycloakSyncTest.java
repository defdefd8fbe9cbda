package de.agency.integration.access.keycloak;

import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.join;
import static de.agency.integration.access.AccessApi.newTeam;
import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.access.domain.Role;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Grants and revocations reach the identity provider's realm roles, despite failures, and drift is corrected. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class KeycloakSyncTest {

    @Inject
    InMemoryRealmRoles keycloak;

    @Inject
    KeycloakSync sync;

    @Test
    void grantAndRevocationReachKeycloak() {
        String team = newTeam("INGA");
        String user = "u-" + UUID.randomUUID();

        join(team, user, "COUNSELLOR", "2019-01-01");
        awaitRoles(user, Set.of(Role.INTEGRATION_COUNSELLOR_SGB3));

        asAdmin().queryParam("endDate", "2026-01-31").delete("/teams/{x90}/members/{userId}", team, user)
                .then().statusCode(200);
        awaitRoles(user, Set.of());
    }

    @Test
    void aFailingKeycloakIsRetriedUntilTheRoleArrives() {
        String team = newTeam("INGA");
        String user = "u-" + UUID.randomUUID();
        int failuresBefore = keycloak.failures();

        keycloak.failNext(3);
        join(team, user, "COUNSELLOR", "2019-01-01");

        awaitRoles(user, Set.of(Role.INTEGRATION_COUNSELLOR_SGB3));
        assertTrue(keycloak.failures() - failuresBefore >= 3, "the double failed as told before the role arrived");
    }

    @Test
    void aUserUnknownToKeycloakStaysQueuedWithoutBlockingOthers() {
        String team = newTeam("INGA");
        String unknown = "u-" + UUID.randomUUID();
        String known = "u-" + UUID.randomUUID();
        keycloak.forget(unknown);

        join(team, unknown, "COUNSELLOR", "2019-01-01");
        join(team, known, "COUNSELLOR", "2019-01-01");

        awaitRoles(known, Set.of(Role.INTEGRATION_COUNSELLOR_SGB3));
        asAdmin().get("/keycloak-sync").then().statusCode(200).body("backlog", greaterThanOrEqualTo(1));
    }

    @Test
    void reconciliationRemovesRolesKeycloakHasWithoutAGrantAndRestoresMissingOnes() {
        String team = newTeam("INGA");
        String granted = "u-" + UUID.randomUUID();
        join(team, granted, "COUNSELLOR", "2019-01-01");
        awaitRoles(granted, Set.of(Role.INTEGRATION_COUNSELLOR_SGB3));
        String intruder = "u-" + UUID.randomUUID();
        keycloak.driftBy(intruder, Role.INGA_ADDITIONAL_PERMISSION);
        keycloak.remove(granted, Set.of(Role.INTEGRATION_COUNSELLOR_SGB3));

        asAdmin().post("/keycloak-sync/reconcile").then().statusCode(200)
                .body("usersQueued", greaterThanOrEqualTo(2));

        awaitRoles(intruder, Set.of());
        awaitRoles(granted, Set.of(Role.INTEGRATION_COUNSELLOR_SGB3));
    }

    @Test
    void onlyAccessAdminsOperateTheSync() {
        given().header("Authorization", bearer("lead", "TEAM_LEAD")).post("/keycloak-sync/reconcile")
                .then().statusCode(403);
        given().post("/keycloak-sync/reconcile").then().statusCode(401);
    }

    @Test
    void backoffDoublesUpToItsLimit() {
        assertEquals(Duration.ofSeconds(1), sync.backoff(0));
        assertEquals(Duration.ofSeconds(8), sync.backoff(3));
        assertEquals(Duration.ofMinutes(5), sync.backoff(30));
    }

    private void awaitRoles(String user, Set<Role> expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(expected, keycloak.held(user)));
    }
}
