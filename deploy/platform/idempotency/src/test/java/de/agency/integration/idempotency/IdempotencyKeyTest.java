package de.agency.integration.idempotency;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key as the library gives it to every service's POST: a retry answers the first response without a
 * second effect, the same key with another request is refused, a request that failed leaves its key free, and each
 * caller's keys are the caller's own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "idempotency"))
class IdempotencyKeyTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRetryWithTheKeyAnswersTheFirstResponseWithoutASecondEffect() {
        String key = UUID.randomUUID().toString();
        Response first = post("alice", key, "first thing");
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"));

        Response retry = post("alice", key, "first thing");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertEquals(1, things("first thing"), "one effect for two requests with one key");
        post("alice", UUID.randomUUID().toString(), "first thing").then().statusCode(201);
        assertEquals(2, things("first thing"), "a new key, a new effect");
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        post("alice", key, "one thing").then().statusCode(201);
        post("alice", key, "another thing").then().statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, things("another thing"));
    }

    @Test
    void aRequestThatFailedLeavesItsKeyFreeAndItsEffectUndone() {
        String key = UUID.randomUUID().toString();
        IdempotentThings.FAIL_NEXT.set(true);
        post("alice", key, "failing thing").then().statusCode(503);
        assertEquals(0, things("failing thing"), "the failed request's effect rolled back with its key");

        post("alice", key, "failing thing").then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(1, things("failing thing"));
    }

    @Test
    void keysArePerCallerAndMustBeVisibleAscii() {
        String key = UUID.randomUUID().toString();
        post("alice", key, "alice's thing").then().statusCode(201);
        post("bob", key, "bob's thing").then().statusCode(201).header("Idempotent-Replayed", (String) null);
        post("alice", "no spaces allowed", "x").then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    private static Response post(String user, String key, String name) {
        return given().header("Authorization", bearer(user)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}").post("/things");
    }

    private long things(String name) {
        return ((Number) entityManager.createNativeQuery("select count(*) from thing where name = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
    }
}
