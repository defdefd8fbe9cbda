package de.agency.integration.reporting.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.inbox.Inbox;
import de.agency.integration.reporting.domain.ReferralFact;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A referral and its case's enrollment live in different partitions, which a rebuild replays side by side: each
 * effect reads what the other writes, so without {@link CaseLock} a referral applied while the enrollment is not yet
 * committed would stay open for ever (neither transaction sees the other's row).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class CaseLockTest {

    @Inject
    Inbox inbox;

    @Inject
    IngaProjection inga;

    @Test
    void aReferralAppliedWhileItsEnrollmentIsUncommittedWaitsForItAndEndsAccepted() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        String enrollmentId = UUID.randomUUID().toString();
        CountDownLatch enrolledNotCommitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> enrollment = CompletableFuture.runAsync(() -> inbox.replay(record(enrollmentId,
                "InsetEnrolled", """
                        {"schemaVersion":2,"enrollmentId":"%s","caseId":"%s","agency":"311","team":"X90-311-INGA1",
                         "ingaCounsellor":"c","enrolledAt":"2026-03-02","latestEndDate":"2028-03-01"}"""
                        .formatted(enrollmentId, caseId)), event -> {
                            inga.apply(event);
                            enrolledNotCommitted.countDown();
                            awaitQuietly(commit);
                        }));
        assertTrue(enrolledNotCommitted.await(30, TimeUnit.SECONDS), "enrollment applied");

        CompletableFuture<Void> referral = CompletableFuture.runAsync(() -> inbox.replay(record(referralId.toString(),
                "IngaReferred", """
                        {"schemaVersion":1,"referralId":"%s","caseId":"%s","agency":"311","fromTeam":"X90-311-CASE",
                         "toTeam":"X90-311-INGA1","referredOn":"2026-02-16"}""".formatted(referralId, caseId)),
                inga::apply));
        Thread.sleep(500);
        assertFalse(referral.isDone(), "the referral waits for the enrollment's transaction");
        commit.countDown();
        enrollment.get(30, TimeUnit.SECONDS);
        referral.get(30, TimeUnit.SECONDS);

        assertEquals(ReferralFact.ACCEPTED, QuarkusTransaction.requiringNew()
                .call(() -> ReferralFact.<ReferralFact>findById(referralId).outcome));
    }

    private static ConsumerRecord<String, String> record(String key, String type, String data) {
        ProducerRecord<String, String> event = TestKafka.cloudEvent("inga-events", key, UUID.randomUUID().toString(),
                type, data);
        ConsumerRecord<String, String> record = new ConsumerRecord<>("inga-events", 0, 0, key, data);
        event.headers().forEach(header -> record.headers().add(header));
        return record;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
