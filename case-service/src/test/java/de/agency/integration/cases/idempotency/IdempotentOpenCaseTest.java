package de.agency.integration.cases.idempotency;

import static de.agency.integration.testing.ConcurrentRequests.fire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.CustomerNumbers;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agency system that times out and retries {@code POST /cases} with the same Idempotency-Key opens one case: the
 * retry gets the first response, also when both arrive at once; the key with another body is refused.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class IdempotentOpenCaseTest {

    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");
    static final Caller OTHER_COUNSELLOR = Caller.of("m-other-counsellor", "COUNSELLOR");

    @BeforeAll
    static void counsellors() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
        Memberships.counsellor("m-other-counsellor", CaseFixtures.TEAM);
    }

    @Test
    void aRetryWithTheKeyGetsTheFirstResponseAndOpensNoSecondCase() {
        String customerNumber = CustomerNumbers.next();
        String key = UUID.randomUUID().toString();

        Response first = open(COUNSELLOR, key, customerNumber);
        Response retry = open(COUNSELLOR, key, customerNumber);

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, cases(customerNumber));
    }

    @Test
    void eightRequestsWithOneKeyAtOnceOpenOneCase() {
        String customerNumber = CustomerNumbers.next();
        String key = UUID.randomUUID().toString();

        List<Response> responses = fire(8, () -> open(COUNSELLOR, key, customerNumber));

        assertEquals(Set.of(201), responses.stream().map(Response::statusCode).collect(Collectors.toSet()),
                responses.stream().map(Response::asString).toList().toString());
        assertEquals(1, responses.stream().map(response -> response.jsonPath().getString("id")).distinct().count());
        assertEquals(1, cases(customerNumber));
    }

    @Test
    void theKeyWithAnotherBodyIsRefusedNamingTheHeader() {
        String key = UUID.randomUUID().toString();
        String customerNumber = CustomerNumbers.next();
        open(COUNSELLOR, key, customerNumber).then().statusCode(201);
        String other = CustomerNumbers.next();

        Response refused = open(COUNSELLOR, key, other);

        assertEquals(422, refused.statusCode(), refused.asString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("IDEMPOTENCY_KEY_REUSED", refused.jsonPath().getString("rule"));
        assertEquals("Idempotency-Key", refused.jsonPath().getString("violations[0].field"));
        assertEquals(0, cases(other));
    }

    @Test
    void keysAreTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        String customerNumber = CustomerNumbers.next();

        String mine = open(COUNSELLOR, key, customerNumber).then().statusCode(201).extract().path("id");
        String theirs = open(OTHER_COUNSELLOR, key, customerNumber).then().statusCode(201).extract().path("id");

        assertNotEquals(mine, theirs);
    }

    @Test
    void afterItsWindowTheKeyOpensAFreshCase() {
        String key = UUID.randomUUID().toString();
        String customerNumber = CustomerNumbers.next();
        String first = open(COUNSELLOR, key, customerNumber).then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> IntegrationCase.getEntityManager()
                .createNativeQuery("update idempotent_request set created_at = created_at - interval '25 hours' "
                        + "where idempotency_key = :key").setParameter("key", key).executeUpdate());

        Response later = open(COUNSELLOR, key, customerNumber);

        assertEquals(201, later.statusCode(), later.asString());
        assertNotEquals(first, later.jsonPath().getString("id"));
        assertNull(later.header("Idempotent-Replayed"));
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        Response refused = open(COUNSELLOR, "key with spaces", CustomerNumbers.next());

        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals("Idempotency-Key", refused.jsonPath().getString("violations[0].field"));
    }

    @Test
    void aFailedFirstAttemptLeavesTheKeyFree() {
        String key = UUID.randomUUID().toString();
        String customerNumber = CustomerNumbers.next();

        COUNSELLOR.request().header("Idempotency-Key", key).body(body(customerNumber, "X90-999-NOT-MINE"))
                .post("/cases").then().statusCode(403);

        open(COUNSELLOR, key, customerNumber).then().statusCode(201);
        assertEquals(1, cases(customerNumber));
    }

    @Test
    void afterTheCaseIsErasedARetryIsGoneAndTheStoreKeepsNothingOfIt() {
        String key = UUID.randomUUID().toString();
        String customerNumber = CustomerNumbers.next();
        String id = open(COUNSELLOR, key, customerNumber).then().statusCode(201).extract().path("id");
        COUNSELLOR.request().body("{\"reason\":\"INTEGRATED\"}").post("/cases/{id}/close", id).then().statusCode(200);
        Caller.of("dpo", "DATA_PROTECTION_OFFICER").request().post("/privacy/cases/{id}/erase", id).then()
                .statusCode(200);

        Response retry = open(COUNSELLOR, key, customerNumber);

        assertEquals(410, retry.statusCode(), retry.asString());
        assertEquals("application/problem+json", retry.contentType());
        assertEquals("IDEMPOTENT_ANSWER_ERASED", retry.jsonPath().getString("rule"));
        assertFalse(retry.asString().contains(customerNumber), retry.asString());
        assertFalse(retry.asString().contains(id), retry.asString());
        assertEquals(0, cases(customerNumber), "the retry opened no case again");
        String stored = QuarkusTransaction.requiringNew().call(() -> IntegrationCase.getEntityManager()
                .createNativeQuery("select cast(row_to_json(r) as varchar) from idempotent_request r "
                        + "where idempotency_key = :key").setParameter("key", key).getSingleResult().toString());
        assertFalse(stored.contains(customerNumber), stored);
    }

    private static Response open(Caller caller, String key, String customerNumber) {
        return caller.request().header("Idempotency-Key", key).body(body(customerNumber, CaseFixtures.TEAM))
                .post("/cases");
    }

    private static String body(String customerNumber, String team) {
        return """
                {"customerNumber":"%s","legalDomain":"SGB_III","agency":"801","team":"%s","counsellor":"%s"}
                """.formatted(customerNumber, team, CaseFixtures.COUNSELLOR);
    }

    private static long cases(String customerNumber) {
        return QuarkusTransaction.requiringNew().call(() -> IntegrationCase.count("customerNumber", customerNumber));
    }
}
