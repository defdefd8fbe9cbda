package de.agency.integration.cases.concurrency;

import static de.agency.integration.testing.ConcurrentRequests.assertOneWinner;
import static de.agency.integration.testing.ConcurrentRequests.fire;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.domain.PhaseTransition;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Concurrent changes of one case: exactly one wins, the others get a clean 409 (the case changed under them) or 422,
 * never a 500, and nothing is written twice.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CaseConcurrencyTest {

    static final int TIMES = 6;
    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");

    @BeforeAll
    static void counsellor() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
    }

    @Test
    void completingProfilingOfOneCaseSixTimesAtOnceCompletesItOnce() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.PROFILING, false);

        assertOneWinner("complete profiling", fire(TIMES, () -> COUNSELLOR.request()
                .post("/cases/{id}/profiling/complete", fixture.caseId())), 200, Set.of(409), fixture.socialData());

        assertEquals(1, transitions(fixture.caseId(), "PROFILING_COMPLETED"));
    }

    @Test
    void agreeingTheGoalOfOneCaseSixTimesAtOnceAgreesItOnce() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.GOAL_SETTING, false);

        assertOneWinner("agree goal", fire(TIMES, () -> COUNSELLOR.request().body("""
                {"kind":"TARGET_OCCUPATION","description":"Clerk","targetDate":"2099-01-31"}
                """).put("/cases/{id}/goal", fixture.caseId())), 200, Set.of(409), fixture.socialData());

        assertEquals(1, transitions(fixture.caseId(), "GOAL_AGREED"));
    }

    @Test
    void handingOneCaseOverSixTimesAtOnceHandsItOverOnce() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.GOAL_SETTING, false);

        assertOneWinner("hand over", fire(TIMES, () -> COUNSELLOR.request().body("{\"toLegalDomain\":\"SGB_II\"}")
                .post("/cases/{id}/handover", fixture.caseId())), 200, Set.of(409, 422), fixture.socialData());

        assertEquals(1, transitions(fixture.caseId(), "HANDED_OVER_TO_SGB_II"));
    }

    @Test
    void closingOneCaseSixTimesAtOnceClosesItOnce() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false);

        assertOneWinner("close", fire(TIMES, () -> COUNSELLOR.request().body("{\"reason\":\"INTEGRATED\"}")
                .post("/cases/{id}/close", fixture.caseId())), 200, Set.of(409), fixture.socialData());
    }

    @AfterAll
    static void noCustomerNumberReachedTheLog() {
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }

    private static long transitions(UUID caseId, String cause) {
        return QuarkusTransaction.requiringNew().call(() -> PhaseTransition.count("caseId = ?1 and cause = ?2",
                caseId, cause));
    }
}
