package de.agency.integration.inga.service;

import static de.agency.integration.inga.IngaApi.SGB3;
import static de.agency.integration.inga.IngaApi.as;
import static de.agency.integration.inga.IngaApi.enrolledCustomer;
import static de.agency.integration.inga.IngaApi.ingaCounsellor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.MovableClock;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import de.agency.integration.timers.DueTimers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The due dates of an enrollment travel with {@code InsetEnrolled} and fire once when they pass unmet (DESIGN.md
 * 1.2, 1.4): the first meeting is due 14 working days after the acceptance, counted without the public holidays of
 * the agency's federal state ({@code FirstMeetingOverdue} the day after, unless one was recorded); the end of the 24
 * months is announced 60 calendar days ahead ({@code EnrollmentEndingSoon}), not for an enrollment that ended.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "inga_service"))
class EnrollmentDueDatesTest {

    @Inject
    MovableClock clock;

    @Inject
    DueTimers timers;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFirstMeetingIsDue14WorkingDaysAfterTheAcceptanceInTheAgencysState_overdueOnceTheDayAfter() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 5, 26)); // Tuesday after Whit Monday; agency 311 lies in North Rhine-Westphalia
        String waiting = enrolledCustomer(counsellor);
        String met = enrolledCustomer(counsellor);
        clock.setDay(LocalDate.of(2026, 6, 10));
        as(counsellor, SGB3).body("{\"heldOn\":\"2026-06-10\"}").post("/enrollments/{id}/first-meeting", met)
                .then().statusCode(201);

        clock.setDay(LocalDate.of(2026, 6, 16));
        fireAll();
        assertEquals(2L, pendingTimers(waiting), "not on the due date itself (the end's timer waits too)");
        clock.setDay(LocalDate.of(2026, 6, 17));
        fireAll();

        List<ConsumerRecord<String, String>> events = eventsUpToMarker(counsellor, waiting);
        JsonPath enrolled = JsonPath.from(ofType(events, "InsetEnrolled").get(0).value());
        // Corpus Christi (Thursday 4 June) is a holiday in North Rhine-Westphalia: without it, 15 June
        assertEquals("2026-06-16", enrolled.getString("firstMeetingDueOn"));
        EventContract.assertConforms("InsetEnrolled", ofType(events, "InsetEnrolled").get(0).value());
        List<ConsumerRecord<String, String>> overdue = ofType(events, "FirstMeetingOverdue");
        assertEquals(1, overdue.size(), "once, the day after the due date: " + overdue);
        assertEquals("2026-06-16", JsonPath.from(overdue.get(0).value()).getString("dueOn"));
        EventContract.assertConforms("FirstMeetingOverdue", overdue.get(0).value());
        assertEquals(List.of(), ofType(eventsUpToMarker(counsellor, met), "FirstMeetingOverdue"),
                "the first meeting recorded in time met the due date");
    }

    @Test
    void theEndOfThe24MonthsIsAnnounced60DaysAheadOnce_notForAnEnrollmentThatEnded() {
        String counsellor = ingaCounsellor();
        clock.setDay(LocalDate.of(2026, 5, 26));
        String running = enrolledCustomer(counsellor);
        String ended = enrolledCustomer(counsellor);
        as(counsellor, SGB3).body("{\"heldOn\":\"2026-05-26\"}").post("/enrollments/{id}/first-meeting", running)
                .then().statusCode(201);
        clock.setDay(LocalDate.of(2027, 1, 4));
        as(counsellor, SGB3).body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").post("/enrollments/{id}/exit", ended)
                .then().statusCode(200);

        clock.setDay(LocalDate.of(2028, 3, 26));
        fireAll();
        assertEquals(1L, pendingTimers(running), "not before the 60 days");
        clock.setDay(LocalDate.of(2028, 3, 27)); // 60 days before 26 May 2028
        fireAll();
        fireAll();

        List<ConsumerRecord<String, String>> soon = ofType(eventsUpToMarker(counsellor, running),
                "EnrollmentEndingSoon");
        assertEquals(1, soon.size(), "once: " + soon);
        assertEquals("2028-05-26", JsonPath.from(soon.get(0).value()).getString("latestEndDate"));
        EventContract.assertConforms("EnrollmentEndingSoon", soon.get(0).value());
        assertEquals(0L, pendingTimers(ended), "the exit cancelled the ended enrollment's timers");
    }

    private void fireAll() {
        while (timers.fireDue(50) > 0) {
            // the next batch
        }
    }

    private long pendingTimers(String enrollmentId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from due_timer where aggregate_id = :enrollment and fired_at is null")
                .setParameter("enrollment", UUID.fromString(enrollmentId)).getSingleResult()).longValue());
    }

    /**
     * The enrollment's events up to a contact recorded now: order per enrollment holds, so every event of it committed
     * before (the timers' included) is on the topic by then.
     */
    private List<ConsumerRecord<String, String>> eventsUpToMarker(String counsellor, String enrollmentId) {
        String marker = as(counsellor, SGB3).body("{\"form\":\"PHONE\",\"date\":\"" + clock.instant().toString()
                        .substring(0, 10) + "\"}")
                .post("/enrollments/{id}/contacts", enrollmentId).then().statusCode(201).extract().path("id");
        return TestKafka.before("inga-events", enrollmentId, marker);
    }

    private static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> events,
                                                               String type) {
        return events.stream().filter(r -> type.equals(TestKafka.header(r, "ce_type"))).toList();
    }
}
