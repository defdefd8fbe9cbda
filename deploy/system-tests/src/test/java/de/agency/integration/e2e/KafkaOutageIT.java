package de.agency.integration.e2e;

import static de.agency.integration.systemtests.StackApi.awaitOpenedCases;
import static de.agency.integration.systemtests.StackApi.openCase;
import static de.agency.integration.systemtests.StackApi.openedCases;
import static de.agency.integration.systemtests.StackApi.outboxBacklog;
import static de.agency.integration.systemtests.StackApi.token;
import static de.agency.integration.systemtests.StackApi.uniqueAgency;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.devstack.LocalStack;
import de.agency.integration.systemtests.SharedStack;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Kafka down: case-service goes on accepting cases into its outbox, and each reaches reporting once Kafka is back. */
@Order(4)
class KafkaOutageIT {

    @Test
    void casesOpenedWhileKafkaIsDownReachReportingExactlyOnce() {
        LocalStack stack = SharedStack.get();
        String agency = uniqueAgency();
        String counsellor = token("counsellor");
        token("viewer"); // fetched while everything is up

        stack.killKafka();
        try {
            for (int i = 0; i < 5; i++) {
                openCase(counsellor, agency).then().statusCode(201);
            }
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertTrue(outboxBacklog() >= 5, "outbox_backlog on case-service's metrics"));
        } finally {
            stack.restartKafka();
        }

        awaitOpenedCases(agency, 5);
        // Give a late duplicate from the relay time to arrive: the count must not move past 5.
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertEquals(5, openedCases(agency)));
    }
}
