package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.newUser;
import static org.hamcrest.Matchers.equalTo;

import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Today" is the agency's day: at 23:30 UTC on 31 January, 31 January is over in Germany. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class AgencyDayTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDeputyshipEndingOnUtcsTodayIsInThePastAlready() {
        clock.setInstant(Instant.parse("2026-01-31T23:30:00Z"));
        String counsellor = newUser();

        asAdmin().body(assignment(counsellor, "2026-01-31")).post("/deputies").then().statusCode(422)
                .body("rule", equalTo("PERIOD_NOT_IN_THE_PAST"));
        asAdmin().body(assignment(counsellor, "2026-02-01")).post("/deputies").then().statusCode(201);
    }

    private static String assignment(String counsellor, String until) {
        return "{\"counsellorId\":\"" + counsellor + "\",\"deputyId\":\"" + newUser() + "\",\"validFrom\":\"2026-01-20\","
                + "\"validUntil\":\"" + until + "\"}";
    }
}
