package de.agency.integration.inga.rest;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.inga.Replicas;
import de.agency.integration.inga.service.ExitService;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exit with a reason from the catalogue, the 6-month rule and the maximum duration (DESIGN.md 1.2). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class ExitRulesTest {

    private static final String NOT_PURPOSEFUL = """
            {"reason":"COUNSELLING_NOT_PURPOSEFUL","justification":"Appointments missed repeatedly, no cooperation",
             "portfolioExhausted":true}""";

    @Inject
    MovableClock clock;

    @Inject
    ExitService exits;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void notPurposefulOneDayBeforeSixFullMonthsIsRefusedAndCounted_onTheDayItIsAccepted() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2025, 8, 31));
        String id = enrolledCustomer(counsellor);

        clock.setDay(LocalDate.of(2026, 2, 27));
        as(counsellor, SGB3).body(NOT_PURPOSEFUL).post("/enrollments/{id}/exit", id).then().statusCode(422)
                .body("rule", equalTo("MINIMUM_MONTHS_IN_INGA")).body("detail", containsString("from 2026-02-28"));
        ConsumerRecord<String, String> refused = TestKafka.await("inga-events",
                r -> id.equals(r.key()) && "EarlyExitRefused".equals(TestKafka.header(r, "ce_type")));
        EventContract.assertConforms("EarlyExitRefused", refused.value());
        as(counsellor, SGB3).get("/enrollments/{id}", id).then().body("status", equalTo("OPEN"));

        clock.setDay(LocalDate.of(2026, 2, 28));
        as(counsellor, SGB3).body(NOT_PURPOSEFUL).post("/enrollments/{id}/exit", id).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("exitReason", equalTo("COUNSELLING_NOT_PURPOSEFUL"))
                .body("exitDate", equalTo("2026-02-28")).body("monthsInInga", equalTo(6));
        ConsumerRecord<String, String> exit = TestKafka.await("inga-events",
                r -> id.equals(r.key()) && "ExitReasonRecorded".equals(TestKafka.header(r, "ce_type")));
        EventContract.assertConforms("ExitReasonRecorded", exit.value());
        assertEquals(false, exit.value().contains("Appointments missed"), "no justification text in the event");

        as(counsellor, SGB3).body("{\"reason\":\"OTHER\",\"justification\":\"again\"}")
                .post("/enrollments/{id}/exit", id).then().statusCode(409);
    }

    @Test
    void notPurposefulNeedsJustificationAndTheExhaustedPortfolio() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2025, 1, 10));
        String id = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2025, 9, 1));

        as(counsellor, SGB3).body("{\"reason\":\"COUNSELLING_NOT_PURPOSEFUL\",\"portfolioExhausted\":true}")
                .post("/enrollments/{id}/exit", id).then().statusCode(422)
                .body("rule", equalTo("JUSTIFICATION_REQUIRED")).body("violations[0].field", equalTo("justification"));
        as(counsellor, SGB3).body("{\"reason\":\"COUNSELLING_NOT_PURPOSEFUL\",\"justification\":\"No cooperation\"}")
                .post("/enrollments/{id}/exit", id).then().statusCode(422)
                .body("rule", equalTo("PORTFOLIO_EXHAUSTED_REQUIRED"));
        as(counsellor, SGB3).body("{\"reason\":\"OTHER\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(422).body("rule", equalTo("JUSTIFICATION_REQUIRED"));
    }

    @Test
    void newNeedsOrAWorsePrognosisAreNeverAReason_andTheCatalogueIsBinding() {
        String counsellor = ingaCounsellor();
        String id = enrolledCustomer(counsellor);
        as(counsellor, SGB3).body("{\"reason\":\"NEW_NEEDS_FOR_ACTION\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(422).body("rule", equalTo("NOT_A_REASON_TO_END_INGA"))
                .body("detail", containsString("never a reason"));
        as(counsellor, SGB3).body("{\"reason\":\"WORSE_INTEGRATION_PROGNOSIS\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(422).body("rule", equalTo("NOT_A_REASON_TO_END_INGA"));
        as(counsellor, SGB3).body("{\"reason\":\"PARAGRAPH_440\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(422).body("rule", equalTo("EXIT_REASON_FROM_CATALOGUE"));
        as(counsellor, SGB3).body("{\"reason\":\"MAX_DURATION_REACHED\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(422).body("rule", equalTo("APPLIED_BY_THE_SERVICE"));
        as(counsellor, SGB3).body("{\"reason\":\"INTEGRATED_EMPLOYMENT\",\"exitDate\":\"2000-01-01\"}")
                .post("/enrollments/{id}/exit", id).then().statusCode(422)
                .body("rule", equalTo("EXIT_DATE_WITHIN_ENROLLMENT"));

        as(Replicas.user("other"), SGB3).body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(403);
        as(counsellor, SGB3).body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").post("/enrollments/{id}/exit", id)
                .then().statusCode(200).body("monthsInInga", equalTo(0));
    }

    @Test
    void theServiceEndsEnrollmentsOnTheDayTheir24MonthsAreFull_onceEvenWithReplicasRacing() throws Exception {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2020, 1, 31));
        String id = enrolledCustomer(counsellor);
        as(counsellor, SGB3).get("/enrollments/{id}", id).then().body("latestEndDate", equalTo("2022-01-31"));

        clock.setDay(LocalDate.of(2022, 1, 30));
        exits.endDueEnrollments(1000);
        as(counsellor, SGB3).get("/enrollments/{id}", id).then().body("status", equalTo("OPEN"));
        as(counsellor, SGB3).queryParam("endingWithinDays", 60).get("/enrollments")
                .then().body("find { it.id == '" + id + "' }.latestEndDate", equalTo("2022-01-31"));

        String consent = as(counsellor, SGB3)
                .body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\"2022-01-30\",\"scope\":\"x\"}")
                .post("/enrollments/{id}/consents", id).then().statusCode(201).extract().path("id");

        clock.setDay(LocalDate.of(2022, 1, 31));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> exits.endDueEnrollments(1000));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> exits.endDueEnrollments(1000));
        first.get();
        second.get();
        exits.endDueEnrollments(1000);

        as(counsellor, SGB3).get("/enrollments/{id}", id).then()
                .body("status", equalTo("ENDED")).body("exitReason", equalTo("MAX_DURATION_REACHED"))
                .body("exitDate", equalTo("2022-01-31")).body("monthsInInga", equalTo(24));
        // A marker on the same key (same partition) after the racing runs - the consent revoked, as it may be after
        // the exit: exactly one exit event before it.
        as(counsellor, SGB3).delete("/enrollments/{id}/consents/{consentId}", id, consent).then().statusCode(200);
        List<ConsumerRecord<String, String>> events = TestKafka.awaitAll("inga-events", r -> id.equals(r.key()), 4);
        assertEquals(List.of("InsetEnrolled", "ConsentRecorded", "ExitReasonRecorded", "ConsentRevoked"),
                events.stream().map(r -> TestKafka.header(r, "ce_type")).toList());
    }
}
