package de.agency.integration.cases.workflow;

import static org.hamcrest.Matchers.equalTo;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Business dates are the agency's days (Europe/Berlin), instants UTC: at 23:30 UTC on 31 January it is already
 * 1 February in the agency, so a date is in the past or future by that day.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class AgencyDayTest {

    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");

    @Inject
    MovableClock clock;

    @BeforeEach
    void lateOnTheLastDayOfJanuaryInUtc() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
        clock.setInstant(Instant.parse("2026-01-31T23:30:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aGoalCannotBeDueOnUtcsTodayWhichIsYesterdayInTheAgency() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.GOAL_SETTING, false);

        COUNSELLOR.request().body("{\"kind\":\"TARGET_OCCUPATION\",\"description\":\"Clerk\",\"targetDate\":\"2026-01-31\"}")
                .put("/cases/{id}/goal", fixture.caseId()).then().statusCode(400)
                .body("violations[0].field", equalTo("targetDate"));
        COUNSELLOR.request().body("{\"kind\":\"TARGET_OCCUPATION\",\"description\":\"Clerk\",\"targetDate\":\"2026-02-01\"}")
                .put("/cases/{id}/goal", fixture.caseId()).then().statusCode(200);
    }

    @Test
    void aFollowUpHeldOnTheAgencysTodayIsNoFutureTalk_andTimestampsStayUtc() {
        CaseFixtures.Fixture fixture = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false);

        COUNSELLOR.request().body("{\"heldOn\":\"2026-02-01\",\"progress\":\"Applied\",\"reopenProfiling\":false}")
                .post("/cases/{id}/follow-ups", fixture.caseId()).then().statusCode(201);
        COUNSELLOR.request().body("""
                {"customerNumber":"%s","legalDomain":"SGB_III","agency":"801","team":"%s","counsellor":"x"}
                """.formatted(CaseFixtures.unopened().customerNumber(), CaseFixtures.TEAM))
                .post("/cases").then().statusCode(201).body("openedAt", equalTo("2026-01-31T23:30:00Z"));
    }
}
