package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first meeting (Erstgespräch) is recorded once with the working days since the acceptance, counted without
 * weekends and the public holidays of the agency's federal state; a correction supersedes it and keeps it as history.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class FirstMeetingTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theWorkingDaysSinceTheAcceptanceLeaveOutEaster() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 3, 27)); // Friday; agency 311 lies in North Rhine-Westphalia
        String enrollment = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2026, 4, 10));

        // 30, 31 March, 1, 2 April, (Good Friday 3, Easter Monday 6 April), 7, 8 April
        meeting(counsellor, enrollment, "2026-04-08", null).then().statusCode(201)
                .body("workingDaysSinceAcceptance", equalTo(6)).body("supersededBy", nullValue());

        String held = TestKafka.await("inga-events", r -> enrollment.equals(r.key())
                && "IngaFirstMeetingHeld".equals(TestKafka.header(r, "ce_type"))).value();
        EventContract.assertConforms("IngaFirstMeetingHeld", held);
    }

    @Test
    void recordedOnce_aCorrectionSupersedesItAndKeepsItAsHistory() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 11, 2)); // Monday
        String enrollment = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2026, 11, 20));
        meeting(counsellor, enrollment, "2026-11-16", null).then().statusCode(201)
                .body("workingDaysSinceAcceptance", equalTo(10));

        meeting(counsellor, enrollment, "2026-11-13", null).then().statusCode(409);
        meeting(counsellor, enrollment, "2026-11-13", "Date mistyped").then().statusCode(201)
                .body("workingDaysSinceAcceptance", equalTo(9)).body("correctionNote", equalTo("Date mistyped"));

        as(counsellor, SGB3).get("/enrollments/{id}/first-meeting", enrollment).then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].heldOn", equalTo("2026-11-13")).body("[0].supersededBy", nullValue())
                .body("[1].heldOn", equalTo("2026-11-16")).body("[1].supersededBy", notNullValue());
    }

    @Test
    void theMeetingLiesBetweenTheAcceptanceAndToday() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 11, 2));
        String enrollment = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2026, 11, 10));

        meeting(counsellor, enrollment, "2026-11-01", null).then().statusCode(422)
                .body("rule", equalTo("FIRST_MEETING_WITHIN_ENROLLMENT"));
        meeting(counsellor, enrollment, "2026-11-11", null).then().statusCode(422)
                .body("rule", equalTo("FIRST_MEETING_WITHIN_ENROLLMENT"));
        as(counsellor, SGB3).get("/enrollments/{id}/first-meeting", enrollment).then().body("$", hasSize(0));
    }

    private static Response meeting(String counsellor, String enrollment, String heldOn, String correctionNote) {
        return as(counsellor, SGB3).body(correctionNote == null ? "{\"heldOn\":\"" + heldOn + "\"}"
                        : "{\"heldOn\":\"" + heldOn + "\",\"correctionNote\":\"" + correctionNote + "\"}")
                .post("/enrollments/{id}/first-meeting", enrollment);
    }
}
