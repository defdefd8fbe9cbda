package de.agency.integration.inga.concurrency;

import static de.agency.integration.testing.ConcurrentRequests.assertOneWinner;
import static de.agency.integration.testing.ConcurrentRequests.fire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.EnrollmentFixtures.Fixture;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent duplicate writes: exactly one wins, the others get a clean 409 (lost race) or 422 (the rule the winner's
 * effect now breaks), never a 500, and the customer number appears in no answer and no log line.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class EnrollmentConcurrencyTest {

    static final int TIMES = 6;
    static final String TEAM = "X90-911-INGA";
    static final Caller COUNSELLOR = Caller.of("race-counsellor", "INTEGRATION_COUNSELLOR_SGB3");

    @BeforeAll
    static void counsellor() {
        Replicas.grant("race-counsellor", "INTEGRATION_COUNSELLOR_SGB3", TEAM);
    }

    @Test
    void enrollingOneCustomerSixTimesAtOnceEnrollsOnce() {
        Fixture eligible = EnrollmentFixtures.eligibleCase();

        assertOneWinner("enroll", fire(TIMES, () -> COUNSELLOR.request()
                .body("{\"caseId\":\"" + eligible.caseId() + "\"}").post("/enrollments")), 201, Set.of(409, 422),
                eligible.socialData());

        assertEquals(1L, QuarkusTransaction.requiringNew().call(() ->
                Enrollment.count("customerNumber", eligible.customerNumber())));
    }

    @Test
    void endingOneEnrollmentSixTimesAtOnceEndsItOnce() {
        Fixture enrollment = EnrollmentFixtures.enrollment("race-counsellor", TEAM);

        assertOneWinner("exit", fire(TIMES, () -> COUNSELLOR.request().body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}")
                .post("/enrollments/{id}/exit", enrollment.enrollmentId())), 200, Set.of(409), enrollment.socialData());
    }

    @Test
    void revokingOneConsentSixTimesAtOnceRevokesItOnce() {
        Fixture enrollment = EnrollmentFixtures.enrollment("race-counsellor", TEAM);

        assertOneWinner("revoke consent", fire(TIMES, () -> COUNSELLOR.request()
                        .delete("/enrollments/{id}/consents/{consentId}", enrollment.enrollmentId(), enrollment.consentId())),
                200, Set.of(409), enrollment.socialData());
    }

    @AfterAll
    static void noCustomerNumberReachedTheLog() {
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }
}
