package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.equalTo;

import de.agency.integration.inga.Replicas;
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

/** Business dates are the agency's days: at 23:30 UTC on 31 January it is 1 February in Germany. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class AgencyDayTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEnrollmentLateOnTheLastDayOfAMonthInUtcBeginsOnTheFirstOfTheNext() {
        clock.setInstant(Instant.parse("2026-01-31T23:30:00Z"));
        String counsellor = ingaCounsellor();

        String id = as(counsellor, SGB3).body("{\"caseId\":\"" + Replicas.kase("SGB_III", "DEVELOPMENT") + "\"}")
                .post("/enrollments").then().statusCode(201)
                .body("enrolledOn", equalTo("2026-02-01")).body("latestEndDate", equalTo("2028-02-01"))
                .extract().path("id");

        as(counsellor, SGB3).body("{\"form\":\"PHONE\",\"date\":\"2026-02-01\"}")
                .post("/enrollments/{id}/contacts", id).then().statusCode(201);
    }
}
