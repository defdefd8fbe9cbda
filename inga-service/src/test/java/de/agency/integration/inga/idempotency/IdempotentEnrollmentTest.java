package de.agency.integration.inga.idempotency;

import static de.agency.integration.testing.ConcurrentRequests.fire;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.EnrollmentFixtures.Fixture;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.Contact;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.privacy.IngaErasure;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retried {@code POST /enrollments} and {@code POST /enrollments/{id}/contacts} with one Idempotency-Key enroll once
 * and record one contact, also when the retries arrive at once; the key with another contact is refused.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class IdempotentEnrollmentTest {

    @Inject
    IngaErasure erasure;

    static final String TEAM = "X90-912-INGA";
    static final Caller COUNSELLOR = Caller.of("retrying-counsellor", "INTEGRATION_COUNSELLOR_SGB3");

    @BeforeAll
    static void counsellor() {
        Replicas.grant("retrying-counsellor", "INTEGRATION_COUNSELLOR_SGB3", TEAM);
    }

    @Test
    void sixEnrollmentsWithOneKeyAtOnceEnrollOnceAndAllGetTheFirstResponse() {
        Fixture eligible = EnrollmentFixtures.eligibleCase();
        String key = UUID.randomUUID().toString();

        List<Response> responses = fire(6, () -> COUNSELLOR.request().header("Idempotency-Key", key)
                .body("{\"caseId\":\"" + eligible.caseId() + "\"}").post("/enrollments"));

        assertEquals(Set.of(201), responses.stream().map(Response::statusCode).collect(Collectors.toSet()),
                responses.stream().map(Response::asString).toList().toString());
        assertEquals(1, responses.stream().map(response -> response.jsonPath().getString("id")).distinct().count());
        assertEquals(5, responses.stream().filter(response -> "true".equals(response.header("Idempotent-Replayed")))
                .count());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                Enrollment.count("customerNumber", eligible.customerNumber())));
    }

    @Test
    void aContactRetriedWithItsKeyIsRecordedOnce_concurrentlyToo() {
        Fixture enrollment = EnrollmentFixtures.enrollment("retrying-counsellor", TEAM);
        long before = contacts(enrollment.enrollmentId());
        String key = UUID.randomUUID().toString();

        Response first = contact(enrollment.enrollmentId(), key, "IN_PERSON");
        List<Response> retries = fire(4, () -> contact(enrollment.enrollmentId(), key, "IN_PERSON"));

        assertEquals(201, first.statusCode(), first.asString());
        retries.forEach(retry -> {
            assertEquals(201, retry.statusCode(), retry.asString());
            assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        });
        assertEquals(before + 1, contacts(enrollment.enrollmentId()));
    }

    @Test
    void theKeyOfOneContactWithAnotherContactIsRefused() {
        Fixture enrollment = EnrollmentFixtures.enrollment("retrying-counsellor", TEAM);
        String key = UUID.randomUUID().toString();
        contact(enrollment.enrollmentId(), key, "IN_PERSON").then().statusCode(201);
        long after = contacts(enrollment.enrollmentId());

        Response refused = contact(enrollment.enrollmentId(), key, "PHONE");

        assertEquals(422, refused.statusCode(), refused.asString());
        assertEquals("IDEMPOTENCY_KEY_REUSED", refused.jsonPath().getString("rule"));
        assertEquals(after, contacts(enrollment.enrollmentId()));
    }

    @Test
    void afterTheCaseIsErasedRetriesOfTheEnrollmentAndItsContactAreGoneAndTheStoreKeepsNothingOfThem() {
        Fixture eligible = EnrollmentFixtures.eligibleCase();
        String enrollKey = UUID.randomUUID().toString();
        String enrollment = COUNSELLOR.request().header("Idempotency-Key", enrollKey)
                .body("{\"caseId\":\"" + eligible.caseId() + "\"}").post("/enrollments").then().statusCode(201)
                .extract().path("id");
        String contactKey = UUID.randomUUID().toString();
        contact(UUID.fromString(enrollment), contactKey, "PHONE").then().statusCode(201);

        QuarkusTransaction.requiringNew().run(() -> erasure.eraseCase(eligible.caseId()));

        Response enrollRetry = COUNSELLOR.request().header("Idempotency-Key", enrollKey)
                .body("{\"caseId\":\"" + eligible.caseId() + "\"}").post("/enrollments");
        Response contactRetry = contact(UUID.fromString(enrollment), contactKey, "PHONE");
        for (Response retry : List.of(enrollRetry, contactRetry)) {
            assertEquals(410, retry.statusCode(), retry.asString());
            assertEquals("application/problem+json", retry.contentType());
            assertEquals("IDEMPOTENT_ANSWER_ERASED", retry.jsonPath().getString("rule"));
            assertFalse(retry.asString().contains(eligible.customerNumber()), retry.asString());
            assertNull(retry.jsonPath().get("id"), "no enrollment or contact in the answer");
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() ->
                Enrollment.count("customerNumber", eligible.customerNumber())), "the retry enrolled nobody again");
        for (String key : List.of(enrollKey, contactKey)) {
            String stored = QuarkusTransaction.requiringNew().call(() -> Enrollment.getEntityManager()
                    .createNativeQuery("select cast(row_to_json(r) as varchar) from idempotent_request r "
                            + "where idempotency_key = :key").setParameter("key", key).getSingleResult().toString());
            assertFalse(stored.contains(eligible.customerNumber()), stored);
            assertFalse(stored.contains(enrollment), stored);
        }
    }

    private static Response contact(UUID enrollmentId, String key, String form) {
        return COUNSELLOR.request().header("Idempotency-Key", key)
                .body("{\"form\":\"%s\",\"date\":\"%s\"}".formatted(form, LocalDate.now(AgencyClock.ZONE)))
                .post("/enrollments/{id}/contacts", enrollmentId);
    }

    private static long contacts(UUID enrollmentId) {
        return QuarkusTransaction.requiringNew().call(() -> Contact.countOf(enrollmentId));
    }
}
