package de.agency.integration.inga.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.inga.EnrollmentFixtures.Fixture;
import de.agency.integration.inga.EnrollmentFixtures;
import de.agency.integration.inga.Replicas;
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
 * Reads of an enrollment and its contacts racing the erasure of its case ({@code CaseErased}): no access log entry of
 * a read under way while the erasure commits keeps the customer's number. Many rounds.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ErasureRaceTest {

    static final int ROUNDS = 40;
    static final int READERS = 4;
    static final String TEAM = "X90-913-INGA";
    static final Caller COUNSELLOR = Caller.of("racing-counsellor", "INTEGRATION_COUNSELLOR_SGB3");

    @Inject
    IngaErasure erasure;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void counsellor() {
        Replicas.grant("racing-counsellor", "INTEGRATION_COUNSELLOR_SGB3", TEAM);
    }

    @Test
    void noReadRacingTheErasureLeavesTheCustomerNumberInTheAccessLog() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(READERS);
        AtomicInteger reads = new AtomicInteger();
        int leaked = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Fixture fixture = EnrollmentFixtures.enrollment("racing-counsellor", TEAM);
                List<Future<?>> readers = new ArrayList<>();
                CountDownLatch reading = new CountDownLatch(READERS);
                for (int reader = 0; reader < READERS; reader++) {
                    String path = reader % 2 == 0 ? "/enrollments/{id}" : "/enrollments/{id}/contacts";
                    readers.add(threads.submit(() -> {
                        int status;
                        do {
                            status = COUNSELLOR.request().get(path, fixture.enrollmentId()).statusCode();
                            if (status == 200) {
                                reads.incrementAndGet();
                                reading.countDown();
                            }
                        } while (status == 200);
                        assertEquals(404, status, "a read ends with the erasure's 404");
                    }));
                }
                assertTrue(reading.await(30, TimeUnit.SECONDS), "every reader read before the erasure");
                QuarkusTransaction.requiringNew().run(() -> erasure.eraseCase(fixture.caseId()));
                for (Future<?> reader : readers) {
                    reader.get();
                }
                leaked += entriesWithNumber(fixture);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(reads.get() > ROUNDS * READERS, reads + " reads: the readers read on while the erasure ran");
        assertEquals(0, leaked, "access log entries naming the customer of an erased case, in " + ROUNDS + " rounds");
    }

    private int entriesWithNumber(Fixture fixture) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from access_log where resource_id = :id and customer_number is not null")
                .setParameter("id", fixture.enrollmentId().toString()).getSingleResult()).intValue());
    }
}
