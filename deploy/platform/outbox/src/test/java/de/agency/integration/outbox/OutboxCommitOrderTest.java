package de.agency.integration.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.testing.TestKafka;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The relay publishes in commit order: an event of a transaction still open is not overtaken. */
@QuarkusTest
@QuarkusTestResource(RelayInfrastructure.class)
class OutboxCommitOrderTest {

    private static final String TOPIC = "outbox-order-test";

    @Inject
    Outbox outbox;

    @Test
    void anEventOfATransactionStillOpenIsNotOvertakenByOneOfATransactionThatWroteAfterIt() throws Exception {
        String key = UUID.randomUUID().toString();
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Instant> firstCommitted = CompletableFuture.supplyAsync(() -> {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.recordOn(TOPIC, "test", key, "First", Map.of("order", 1));
                // written now, not at commit, as a query later in the transaction would make Hibernate do
                Panache.getEntityManager().flush();
                firstRecorded.countDown();
                awaitLatch(commitFirst);
            });
            return Instant.now();
        });
        assertTrue(firstRecorded.await(10, TimeUnit.SECONDS));

        QuarkusTransaction.requiringNew().run(() -> outbox.recordOn(TOPIC, "test", key, "Second", Map.of("order", 2)));
        Thread.sleep(2500); // the second commit's wake-up and two polls of the relay pass while the first is open
        commitFirst.countDown();
        Instant committed = firstCommitted.get(10, TimeUnit.SECONDS);

        List<ConsumerRecord<String, String>> published = TestKafka.awaitAll(TOPIC, r -> key.equals(r.key()), 2);
        assertEquals(List.of("First", "Second"), published.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
        assertTrue(published.get(1).timestamp() >= committed.toEpochMilli() - 5,
                "the second event waited for the first transaction to end");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
