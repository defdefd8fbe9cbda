package de.agency.integration.access;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import de.agency.integration.access.domain.GrantCause;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleGrant;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class UserRoleResourceTest {

    @Test
    void userReadsOwnActiveRolesOnly() {
        String user = "u-" + UUID.randomUUID();
        grant(user, Role.INTEGRATION_COUNSELLOR_SGB3, null);
        grant(user, Role.INGA_ADDITIONAL_PERMISSION, OffsetDateTime.now());

        given().header("Authorization", bearer(user, "COUNSELLOR"))
                .when().get("/users/{userId}/roles", user)
                .then().statusCode(200)
                .body("role", contains("INTEGRATION_COUNSELLOR_SGB3"));
    }

    @Test
    void accessAdminReadsAnyUsersActiveRoles() {
        String someone = "someone-" + UUID.randomUUID();
        grant(someone, Role.INGA_ADDITIONAL_PERMISSION, null);
        given().header("Authorization", bearer("admin", "ACCESS_ADMIN"))
                .when().get("/users/{userId}/roles", someone)
                .then().statusCode(200)
                .body("role", contains("INGA_ADDITIONAL_PERMISSION"));
        given().header("Authorization", bearer("admin", "ACCESS_ADMIN"))
                .when().get("/users/{userId}/roles", "nobody-" + UUID.randomUUID())
                .then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void otherUsersRolesAreForbiddenAndNotShown() {
        String bob = "bob-" + UUID.randomUUID();
        grant(bob, Role.INTEGRATION_COUNSELLOR_SGB3, null);
        given().header("Authorization", bearer("alice", "COUNSELLOR"))
                .when().get("/users/{userId}/roles", bob)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body(not(containsString("INTEGRATION_COUNSELLOR_SGB3")));
    }

    @Test
    void tokenIsRequired() {
        given().when().get("/users/{userId}/roles", "bob").then().statusCode(401);
    }

    private static void grant(String user, Role role, OffsetDateTime revokedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            RoleGrant grant = new RoleGrant();
            grant.id = UUID.randomUUID();
            grant.userId = user;
            grant.role = role;
            grant.cause = GrantCause.AUTO_FROM_X90;
            grant.grantedAt = OffsetDateTime.now();
            grant.revokedAt = revokedAt;
            grant.persist();
        });
    }
}
