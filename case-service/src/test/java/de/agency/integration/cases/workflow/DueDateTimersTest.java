package de.agency.integration.cases.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import de.agency.integration.cases.domain.Phase;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.AccessMatrix.Caller;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Due dates of phase 4 (Nachhaltung) travel with the events that set them, and a timer event is published once when
 * one passes unmet (DESIGN.md 1.4, 2): an open step the day after its due date ({@code ImplementationStepOverdue}),
 * a planned follow-up talk the day after its date unless a talk was recorded ({@code FollowUpOverdue}); never for a
 * step done, a talk held, a closed case; held while the case is restricted; once under replicas firing at once.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class DueDateTimersTest {

    static final Caller COUNSELLOR = Caller.of(CaseFixtures.COUNSELLOR, "COUNSELLOR");
    static final Caller OFFICER = Caller.of("dpo", "DATA_PROTECTION_OFFICER");
    /** A Monday. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Inject
    MovableClock clock;

    @Inject
    DueTimers timers;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void counsellorOnTheFirstOfMarch() {
        Memberships.counsellor(CaseFixtures.COUNSELLOR, CaseFixtures.TEAM);
        clock.setDay(TODAY);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOpenStepIsOverdueOnceTheDayAfterItsDueDate_aDoneStepNever() {
        UUID caseId = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false).caseId();
        String open = agreeStep(caseId, "2027-03-03");
        String done = agreeStep(caseId, "2027-03-03");
        COUNSELLOR.request().body("{\"status\":\"DONE\"}").put("/cases/{id}/steps/{step}/status", caseId, done)
                .then().statusCode(200);

        clock.setDay(LocalDate.of(2027, 3, 3));
        fireAll();
        assertEquals(1L, pendingTimers(caseId), "not on the due date itself; the done step's timer is gone");
        clock.setDay(LocalDate.of(2027, 3, 4));
        fireAll();
        fireAll();

        List<ConsumerRecord<String, String>> events = eventsUpToMarker(caseId);
        List<ConsumerRecord<String, String>> overdue = ofType(events, "ImplementationStepOverdue");
        assertEquals(1, overdue.size(), "one timer event, for the open step only: " + overdue);
        JsonPath fired = JsonPath.from(overdue.get(0).value());
        assertEquals(open, fired.getString("stepId"));
        assertEquals("2027-03-03", fired.getString("dueOn"));
        assertEquals(2, ofType(events, "ImplementationStepAgreed").size());
        assertEquals("DONE", JsonPath.from(ofType(events, "ImplementationStepStatusChanged").get(0).value())
                .getString("status"));
        for (ConsumerRecord<String, String> event : events) {
            EventContract.assertConforms(TestKafka.header(event, "ce_type"), event.value());
            assertFalse(event.value().contains("Apply for"), "the step's description stays in case-service");
        }
    }

    @Test
    void aTalkMeetsTheOnePlannedBeforeIt_aPlanLeftUnmetIsOverdueOnce() {
        UUID caseId = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false).caseId();
        String first = followUp(caseId, "2027-03-01", "2027-03-10");
        clock.setDay(LocalDate.of(2027, 3, 5));
        String second = followUp(caseId, "2027-03-05", "2027-03-20");

        clock.setDay(LocalDate.of(2027, 3, 11));
        fireAll();
        clock.setDay(LocalDate.of(2027, 3, 21));
        fireAll();

        List<ConsumerRecord<String, String>> events = eventsUpToMarker(caseId);
        List<ConsumerRecord<String, String>> overdue = ofType(events, "FollowUpOverdue");
        assertEquals(1, overdue.size(), "the plan the second talk met never fires: " + overdue);
        assertEquals(second, JsonPath.from(overdue.get(0).value()).getString("followUpId"));
        assertEquals("2027-03-20", JsonPath.from(overdue.get(0).value()).getString("dueOn"));
        List<ConsumerRecord<String, String>> talks = ofType(events, "FollowUpRecorded");
        assertEquals(List.of(first, second), talks.stream().map(t -> JsonPath.from(t.value()).getString("followUpId"))
                .toList());
        assertEquals("2027-03-10", JsonPath.from(talks.get(0).value()).getString("nextFollowUpOn"));
        talks.forEach(t -> EventContract.assertConforms("FollowUpRecorded", t.value()));
        EventContract.assertConforms("FollowUpOverdue", overdue.get(0).value());
    }

    @Test
    void aNextTalkMustLieAhead() {
        UUID caseId = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false).caseId();
        COUNSELLOR.request().body("{\"heldOn\":\"2027-03-01\",\"progress\":\"Applied\",\"reopenProfiling\":false,"
                        + "\"nextFollowUpOn\":\"2027-03-01\"}")
                .post("/cases/{id}/follow-ups", caseId).then().statusCode(400)
                .body("violations[0].field", equalTo("nextFollowUpOn"));
    }

    @Test
    void aRestrictedCasesTimerWaitsForTheLifting_aClosedCaseHasNone() {
        UUID restricted = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false).caseId();
        agreeStep(restricted, "2027-03-01");
        UUID closed = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false).caseId();
        agreeStep(closed, "2027-03-01");
        OFFICER.request().body("{\"reason\":\"Appeal pending\"}").post("/privacy/cases/{id}/restrict", restricted)
                .then().statusCode(200);
        COUNSELLOR.request().body("{\"reason\":\"OTHER\"}").post("/cases/{id}/close", closed).then().statusCode(200);

        clock.setDay(LocalDate.of(2027, 3, 2));
        fireAll();
        assertEquals(1L, pendingTimers(restricted), "held while restricted");
        assertEquals(0L, pendingTimers(closed), "closing the case cancelled its timers");

        OFFICER.request().post("/privacy/cases/{id}/lift", restricted).then().statusCode(200);
        clock.setDay(LocalDate.of(2027, 3, 3));
        fireAll();

        assertEquals(1, ofType(eventsUpToMarker(restricted), "ImplementationStepOverdue").size(), "fired once lifted");
        assertEquals(0, ofType(TestKafka.all("case-events"), "ImplementationStepOverdue", closed).size());
    }

    @Test
    void anErasedCaseLeavesNoTimer_aFiredOneIncluded() {
        UUID caseId = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false).caseId();
        agreeStep(caseId, "2027-03-01");
        clock.setDay(LocalDate.of(2027, 3, 2));
        fireAll();
        COUNSELLOR.request().body("{\"reason\":\"OTHER\"}").post("/cases/{id}/close", caseId).then().statusCode(200);
        assertEquals(1L, timersOf(caseId, "fired_at is not null"), "a fired timer stays with the closed case");

        OFFICER.request().post("/privacy/cases/{id}/erase", caseId).then().statusCode(200);

        assertEquals(0L, timersOf(caseId, "true"), "the erasure leaves no row of the case's timers");
    }

    @Test
    void replicasFiringAtTheSameTimeFireEachTimerOnce() throws Exception {
        UUID caseId = CaseFixtures.inPhase(Phase.IMPLEMENTATION_AND_FOLLOW_UP, false).caseId();
        List<String> steps = IntStream.range(0, 30).mapToObj(i -> agreeStep(caseId, "2027-03-01")).toList();
        clock.setDay(LocalDate.of(2027, 3, 2));

        AtomicInteger taken = new AtomicInteger();
        List<CompletableFuture<Void>> replicas = new ArrayList<>();
        for (int replica = 0; replica < 3; replica++) {
            replicas.add(CompletableFuture.runAsync(() -> {
                int batch;
                do {
                    batch = timers.fireDue(4);
                    taken.addAndGet(batch);
                } while (batch > 0);
            }));
        }
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();

        Map<String, Long> firedPerStep = ofType(eventsUpToMarker(caseId), "ImplementationStepOverdue").stream()
                .collect(Collectors.groupingBy(r -> JsonPath.from(r.value()).getString("stepId"),
                        Collectors.counting()));
        assertEquals(steps.stream().collect(Collectors.toMap(Function.identity(), s -> 1L)), firedPerStep);
        assertEquals(0L, pendingTimers(caseId));
    }

    private String agreeStep(UUID caseId, String dueDate) {
        return COUNSELLOR.request().body("""
                        {"kind":"AGREED_STEP","description":"Apply for three jobs","responsible":"CUSTOMER",
                         "dueDate":"%s"}""".formatted(dueDate))
                .post("/cases/{id}/steps", caseId).then().statusCode(201).extract().path("id");
    }

    private String followUp(UUID caseId, String heldOn, String next) {
        return COUNSELLOR.request().body("""
                        {"heldOn":"%s","progress":"Applied","reopenProfiling":false,"nextFollowUpOn":"%s"}"""
                        .formatted(heldOn, next))
                .post("/cases/{id}/follow-ups", caseId).then().statusCode(201)
                .body("nextFollowUpOn", equalTo(next)).extract().path("id");
    }

    /** What the job does on one replica: batches until none is due. */
    private void fireAll() {
        while (timers.fireDue(50) > 0) {
            // the next batch
        }
    }

    private long pendingTimers(UUID caseId) {
        return timersOf(caseId, "fired_at is null");
    }

    private long timersOf(UUID caseId, String condition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from due_timer where aggregate_id = :case and " + condition)
                .setParameter("case", caseId).getSingleResult()).longValue());
    }

    /**
     * The case's events up to a note recorded now: order per case holds, so every event of the case committed before
     * it (the timers' included) is on the topic by then.
     */
    private List<ConsumerRecord<String, String>> eventsUpToMarker(UUID caseId) {
        String marker = COUNSELLOR.request().body("{\"type\":\"COUNSELLING\",\"text\":\"Marker\"}")
                .post("/cases/{id}/notes", caseId).then().statusCode(201).extract().path("id");
        return TestKafka.before("case-events", caseId.toString(), marker);
    }

    private static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> events,
                                                               String type) {
        return events.stream().filter(r -> type.equals(TestKafka.header(r, "ce_type"))).toList();
    }

    private static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> events,
                                                               String type, UUID caseId) {
        return ofType(events, type).stream().filter(r -> caseId.toString().equals(r.key())).toList();
    }
}
