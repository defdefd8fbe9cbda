package de.agency.integration.reporting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Today" of the reports is the agency's day: at 23:30 UTC on 31 January it is 1 February in Germany. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class AgencyDayTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEnrollmentEndingOnTheFirstHasNoDayLeftLateOnTheLastDayOfJanuaryInUtc() {
        String agency = "D" + UUID.randomUUID().toString().substring(0, 6);
        String team = "X90-" + agency;
        String lead = "lead-" + agency;
        String enrollment = UUID.randomUUID().toString();
        Events events = new Events();
        events.membership(lead, team, "INGA", agency, "TEAM_LEAD", "JOINED");
        events.enrolled(enrollment, agency, team, "c", "2024-02-01", "2026-02-01");
        Caller caller = Caller.of(lead, "TEAM_LEAD");

        clock.setInstant(Instant.parse("2026-01-31T23:30:00Z"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> caller.request().queryParam("agency", agency)
                .get("/reports/nearing-max-duration").then().body("enrollmentId", contains(enrollment))
                .body("daysLeft", contains(0)));
    }
}
