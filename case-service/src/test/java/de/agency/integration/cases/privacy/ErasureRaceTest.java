package de.agency.integration.cases.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads of a case racing its erasure: a read that loaded the case before the erasure committed and writes its access
 * log entry after it must not leave the customer number there. Many rounds, each with readers hammering the case while
 * the data protection officer erases it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class ErasureRaceTest {

    static final int ROUNDS = 40;
    static final int READERS = 4;
    static final Caller OFFICER = Caller.of("dpo", "DATA_PROTECTION_OFFICER");
    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void team() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
    }

    @Test
    void noReadRacingTheErasureLeavesTheCustomerNumberInTheAccessLog() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(READERS);
        AtomicInteger readsDuringErasure = new AtomicInteger();
        int leaked = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CaseFixtures.Fixture fixture = CaseFixtures.of(Phase.GOAL_SETTING, false, false, true);
                List<Future<?>> readers = new ArrayList<>();
                CountDownLatch reading = new CountDownLatch(READERS);
                for (int reader = 0; reader < READERS; reader++) {
                    readers.add(threads.submit(() -> {
                        int status;
                        do {
                            status = COUNSELLOR.request().get("/cases/{id}", fixture.caseId()).statusCode();
                            if (status == 200) {
                                readsDuringErasure.incrementAndGet();
                                reading.countDown();
                            }
                        } while (status == 200);
                        assertEquals(404, status, "a read ends with the erasure's 404");
                    }));
                }
                assertTrue(reading.await(30, TimeUnit.SECONDS), "every reader read before the erasure");
                OFFICER.request().post("/privacy/cases/{id}/erase", fixture.caseId()).then().statusCode(200);
                for (Future<?> reader : readers) {
                    reader.get();
                }
                leaked += entriesWithNumber(fixture);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(readsDuringErasure.get() > ROUNDS * READERS, "the readers read while the erasure ran");
        assertEquals(0, leaked, "access log entries naming the customer of an erased case, in " + ROUNDS + " rounds");
    }

    private int entriesWithNumber(CaseFixtures.Fixture fixture) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from access_log where resource_id = :id and customer_number is not null")
                .setParameter("id", fixture.caseId().toString()).getSingleResult()).intValue());
    }
}
