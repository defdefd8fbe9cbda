package de.agency.integration.cases.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.workflow.CaseFixtures;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the erasure job takes for 10,000 closed cases past their retention, each with a note, a need, a strength,
 * a step and its history, against the real PostgreSQL of the tests. Not part of the build:
 * {@code ./mvnw verify -pl case-service -Dtest=ErasureBenchmark -Dbenchmark=erasure}.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
@EnabledIfSystemProperty(named = "benchmark", matches = "erasure")
class ErasureBenchmark {

    static final int CASES = 10_000;

    @Inject
    CasePrivacyService privacy;

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void erasingTenThousandClosedCases() {
        for (int i = 0; i < CASES; i++) {
            CaseFixtures.of(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false, false, true);
        }
        clock.setInstant(Instant.now().plus(3700, ChronoUnit.DAYS));

        long start = System.nanoTime();
        int erased = 0;
        int batch;
        do {
            batch = privacy.eraseDue(200);
            erased += batch;
        } while (batch == 200);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        System.out.printf("Erased %d closed cases in %d ms: %.0f cases/s%n", erased, took.toMillis(),
                erased * 1000.0 / took.toMillis());
        assertEquals(true, erased >= CASES);
    }
}
