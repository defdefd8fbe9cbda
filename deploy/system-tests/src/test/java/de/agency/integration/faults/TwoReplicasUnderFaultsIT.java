package de.agency.integration.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.devstack.DeadLetterRedrive;
import de.agency.integration.devstack.KeycloakTokens;
import de.agency.integration.devstack.LocalStack;
import de.agency.integration.systemtests.Logs;
import de.agency.integration.systemtests.SharedStack;
import de.agency.integration.systemtests.Stores;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Two replicas of every service against the same databases and Kafka, under a mixed load through both, while one
 * fault follows the other: a replica of each service killed (SIGKILL) and restarted, Kafka killed for 10 seconds,
 * PostgreSQL restarted (fast shutdown), Keycloak frozen for 10 seconds, a poison record on each topic. Then, once the
 * outboxes are empty and no consumer lags, the invariants across all stores: every committed change applied exactly
 * once by every consumer, order per aggregate held, poison in the dead-letter topics and nothing else there, the
 * scheduled maximum-duration job once per enrollment, each due date's timer event once (jobs on both replicas of
 * case- and inga-service) and on the demo users' worklists, no answer a 5xx other than a clean 503 with
 * {@code Retry-After}.
 */
@Order(5)
class TwoReplicasUnderFaultsIT {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Berlin");
    private static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";
    /** The services with an outbox (reporting-service publishes nothing). */
    private static final List<String> PUBLISHERS = List.of("case-service", "inga-service", "access-service");
    private static final List<String> EVENT_TOPICS = List.of("case-events", "inga-events", "access-events");

    private static LocalStack stack;
    private static KeycloakTokens tokens;
    private static Stores stores;
    private static KafkaTopics kafka;

    private final Outcomes outcomes = new Outcomes();
    private final Map<String, String[]> faults = new LinkedHashMap<>();
    /** Cases the faults' probes opened: never profiled, so their CaseOpened is all reporting-service knows of them. */
    private final Set<String> probes = ConcurrentHashMap.newKeySet();
    private MixedLoad load;
    private ReadinessWatch readiness;

    @BeforeAll
    static void theSharedStack() {
        stack = SharedStack.get();
        tokens = new KeycloakTokens(stack.tokenEndpoint());
        stores = new Stores(stack);
        kafka = new KafkaTopics(stack.kafkaBootstrapServers());
    }

    @AfterAll
    static void closeKafkaClients() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void nothingIsLostWhenReplicasDieAndDependenciesFail() throws Exception {
        List<String> instances = stack.serviceNames().stream().flatMap(s -> stack.replicaUrls(s).stream()).toList();
        Map<String, String> poison;
        Set<String> madeDue;
        Set<String> dueEnrollments;
        DueDates dueDates = new DueDates(stack, stores);
        // before the load's: cases of the suite's own, which the comparisons of the load's outcomes leave out
        Set<String> dueCases = dueDates.casesWithDueDates(2);
        Before before = Before.take();
        load = new MixedLoad(stack, tokens, outcomes);
        readiness = new ReadinessWatch(instances);
        try {
            load.start(4);
            pause(Duration.ofSeconds(15));
            killOneReplicaOfEveryService();
            madeDue = letEnrollmentsReachTheirMaximumDuration(5);
            dueEnrollments = letDueDatesPass(dueDates, dueCases, madeDue, 3);
            killKafkaForTenSeconds();
            restartPostgres();
            freezeKeycloakForTenSeconds();
            poison = sendPoisonToEveryTopic();
            pause(Duration.ofSeconds(5));
        } finally {
            load.close();
            readiness.close();
        }
        dueDates.awaitFired();
        Duration drained = awaitOutboxesEmptyAndNoLag();

        String report = report(drained, before.cases().size());
        System.out.println(report);
        Files.writeString(Path.of("target", "fault-report.md"), report);
        List<Executable> checks = invariants(before, madeDue, poison);
        checks.addAll(timersFiredOnce(dueDates, dueCases, dueEnrollments));
        assertAll(checks);
        aDeadLetteredEventReDrivenAfterItsCauseIsFixedHasItsEffectOnce();
    }

    /**
     * reporting-service is made to have dead-lettered a CaseOpened (its effect and inbox entry removed, the record put
     * into its dead-letter topic, as a bug in its projection would have done); the re-drive sends it through
     * case-events again: reporting-service applies it, inga-service discards it as seen, the poison stays behind.
     */
    private void aDeadLetteredEventReDrivenAfterItsCauseIsFixedHasItsEffectOnce() {
        String deadLetters = "reporting-service.case-events.dlq";
        ConsumerRecord<String, String> opened = distinctEvents("case-events").stream()
                .filter(r -> "CaseOpened".equals(header(r, "ce_type")) && probes.contains(r.key()))
                .findFirst().orElseThrow();
        stores.execute("reporting_service", "delete from case_fact where case_id = '" + opened.key() + "'");
        stores.execute("reporting_service", "delete from processed_event where event_id = '" + header(opened, "ce_id") + "'");
        kafka.send(deadLetters, opened.key(), opened.value(), opened.headers());
        long ingaCases = stores.count("inga_service", "select count(*) from case_replica");

        DeadLetterRedrive.Result first = DeadLetterRedrive.redrive(stack.kafkaBootstrapServers(), deadLetters);
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> !stores.ids(
                "reporting_service", "select case_id from case_fact where case_id = '" + opened.key() + "'").isEmpty());
        awaitOutboxesEmptyAndNoLag();
        DeadLetterRedrive.Result second = DeadLetterRedrive.redrive(stack.kafkaBootstrapServers(), deadLetters);

        assertAll(
                () -> assertEquals(new DeadLetterRedrive.Result(deadLetters, "case-events", 1, 1), first,
                        "the CloudEvent re-driven, the poison record skipped"),
                () -> assertEquals(new DeadLetterRedrive.Result(deadLetters, "case-events", 0, 0), second,
                        "a second run finds nothing new"),
                () -> assertEquals(ingaCases, stores.count("inga_service", "select count(*) from case_replica"),
                        "inga-service, which had applied the event, discarded the copy"),
                () -> assertEquals(Set.of(), kafka.readAll("inga-service.case-events.dlq").stream()
                        .map(ConsumerRecord::key).filter(opened.key()::equals).collect(Collectors.toSet()),
                        "inga-service did not dead-letter the copy"));
    }

    // --- faults -----------------------------------------------------------------------------------------------

    private void killOneReplicaOfEveryService() {
        long unansweredBefore = outcomes.count(Outcomes.NO_ANSWER);
        Instant killed = Instant.now();
        stack.serviceNames().forEach(service -> stack.killReplica(service, 1));
        // cases on every partition: those the dead consumers held are counted once Kafka gave them to replica 2
        Duration failover = Duration.between(killed, committedCasesCounted(6));
        Instant restart = Instant.now();
        CompletableFuture.allOf(stack.serviceNames().stream()
                .map(service -> CompletableFuture.runAsync(() -> stack.restartReplica(service, 1)))
                .toArray(CompletableFuture[]::new)).join();
        fault("kill -9 of replica 1 of every service, restarted",
                (outcomes.count(Outcomes.NO_ANSWER) - unansweredBefore) + " requests lost their connection (sent, "
                        + "no answer); the others went to replica 2",
                "6 cases opened after the kill counted by reporting after " + seconds(failover)
                        + " (consumer partitions of the dead replicas reassigned); the 4 replicas ready again after "
                        + seconds(Duration.between(restart, Instant.now())));
    }

    /** The due dates of the cases and of {@code count} open enrollments (not those made to end) pass. */
    private Set<String> letDueDatesPass(DueDates dueDates, Set<String> cases, Set<String> ending, int count) {
        await().atMost(Duration.ofMinutes(2)).until(() -> load.keptOpen().size() >= ending.size() + count);
        Set<String> due = load.keptOpen().stream().filter(id -> !ending.contains(id)).limit(count)
                .collect(Collectors.toSet());
        dueDates.letPass(cases, due);
        return due;
    }

    private Set<String> letEnrollmentsReachTheirMaximumDuration(int count) {
        await().atMost(Duration.ofMinutes(2)).until(() -> load.keptOpen().size() >= count);
        Set<String> due = load.keptOpen().stream().limit(count).collect(Collectors.toSet());
        stores.execute("inga_service", "update enrollment set latest_end_date = date '" + LocalDate.now(AGENCY_ZONE)
                + "' where id in (" + Stores.quoted(due) + ")");
        return due;
    }

    private void killKafkaForTenSeconds() {
        Instant down = Instant.now();
        stack.killKafka();
        pause(Duration.ofSeconds(10));
        stack.restartKafka();
        Instant back = Instant.now();
        Duration visible = Duration.between(back, committedCaseCounted());
        pause(Duration.ofSeconds(2));
        fault("Kafka killed (SIGKILL) for 10 s",
                readiness.notReadyBetween(down, back).size() + " of " + readiness.instances() + " instances "
                        + "not ready; requests went on (outbox)",
                "broker back after " + seconds(Duration.between(down, back)) + "; a case opened after it counted in "
                        + seconds(visible) + "; readiness UP on all after " + upAgain(back));
    }

    private void restartPostgres() {
        long unavailableBefore = outcomes.count("503");
        Instant down = Instant.now();
        stack.restartPostgres(Duration.ofSeconds(5));
        Instant back = Instant.now();
        Duration visible = Duration.between(back, committedCaseCounted());
        pause(Duration.ofSeconds(2));
        fault("PostgreSQL restarted (fast shutdown, 5 s down)",
                (outcomes.count("503") - unavailableBefore) + " requests answered 503 with Retry-After; "
                        + readiness.notReadyBetween(down, back).size() + " of " + readiness.instances()
                        + " instances not ready",
                "server back after " + seconds(Duration.between(down, back)) + "; a case opened after it counted in "
                        + seconds(visible) + "; readiness UP on all after " + upAgain(back));
    }

    private void freezeKeycloakForTenSeconds() throws Exception {
        String team = "X90-FLT-KC";
        Instant frozen = Instant.now();
        stack.suspendKeycloak();
        long answeredBefore = outcomes.count("2");
        HttpResponse<String> imported;
        try {
            imported = load.importIngaMembership(team, "viewer");
            pause(Duration.ofSeconds(10));
        } finally {
            stack.resumeKeycloak();
        }
        Instant back = Instant.now();
        long answeredMeanwhile = outcomes.count("2") - answeredBefore;
        assertEquals(200, imported == null ? 0 : imported.statusCode(), "the import while Keycloak is frozen");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> roles(tokens.fresh("viewer")).contains(SGB3));
        fault("Keycloak frozen (SIGSTOP) for 10 s",
                answeredMeanwhile + " requests succeeded with tokens issued before; an Inga membership imported "
                        + "meanwhile",
                "its role in the user's Keycloak token " + seconds(Duration.between(back, Instant.now()))
                        + " after Keycloak was back (sync caught up)");
        assertTrue(Duration.between(frozen, back).toSeconds() >= 10);
    }

    /** @return the poison record's key by topic */
    private Map<String, String> sendPoisonToEveryTopic() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String topic : EVENT_TOPICS) {
            String key = "poison-" + UUID.randomUUID();
            kafka.send(topic, key, "this is no CloudEvent");
            keys.put(topic, key);
        }
        fault("a poison record on each of " + EVENT_TOPICS, "every consumer group of the topic meets it",
                "see the dead-letter invariant");
        return keys;
    }

    private Instant committedCaseCounted() {
        return committedCasesCounted(1);
    }

    /** Opens cases (each retried until a replica takes it) and waits until reporting-service counts them all. */
    private Instant committedCasesCounted(int count) {
        Set<String> opened = new HashSet<>();
        for (int i = 0; i < count; i++) {
            opened.add(committedCase());
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() ->
                stores.ids("reporting_service", "select case_id from case_fact where case_id in (" + Stores.quoted(opened) + ")")
                        .size() == count);
        return Instant.now();
    }

    private String committedCase() {
        String caseId = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> load.call("case-service", "probe: POST /cases", "POST", "/cases", tokens.of("counsellor"),
                        "application/json", MixedLoad.caseJson()),
                        response -> response != null && response.statusCode() == 201)
                .body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        outcomes.acknowledgedCases().add(caseId);
        probes.add(caseId);
        return caseId;
    }

    private String upAgain(Instant from) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness.allUpAfter(from), java.util.Optional::isPresent)
                .map(TwoReplicasUnderFaultsIT::seconds).orElseThrow();
    }

    private void fault(String fault, String effect, String recovery) {
        faults.put(fault, new String[] {effect, recovery});
        System.out.println("Fault: " + fault + " | " + effect + " | " + recovery);
    }

    // --- invariants -------------------------------------------------------------------------------------------

    private static Duration awaitOutboxesEmptyAndNoLag() {
        Instant start = Instant.now();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
                PUBLISHERS.stream().allMatch(service ->
                        stores.count(database(service), "select count(*) from outbox_event") == 0)
                        && KafkaTopics.CONSUMED.keySet().stream().allMatch(group -> kafka.lag(group) == 0));
        return Duration.between(start, Instant.now());
    }

    /**
     * The cases, enrollments and contacts there were before this suite's load: the demo data and what the suites
     * before it on the shared stack left (some of it erased by design, so the stores differ there on purpose).
     * Comparisons of these entities across stores cover what this suite made; the replicas of memberships, the
     * processed events, the dead-letter topics and the Inga flag are compared whole.
     */
    private record Before(Set<String> cases, Set<String> enrollments, Set<String> contacts) {

        /** In every store: reporting-service keeps the facts of what an erasure removed from the others. */
        static Before take() {
            return new Before(union(stores.ids("case_service", "select id from integration_case"),
                            stores.ids("reporting_service", "select case_id from case_fact")),
                    union(stores.ids("inga_service", "select id from enrollment"),
                            stores.ids("reporting_service", "select enrollment_id from enrollment_fact")),
                    union(stores.ids("inga_service", "select id from contact"),
                            stores.ids("reporting_service", "select contact_id from contact_fact")));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }

        Set<String> cases(Set<String> ids) {
            return minus(ids, cases);
        }

        Map<String, String> cases(Map<String, String> byId) {
            return without(byId, cases);
        }
    }

    private List<Executable> invariants(Before before, Set<String> madeDue, Map<String, String> poison) {
        Set<String> cases = before.cases(stores.ids("case_service", "select id from integration_case"));
        Map<String, String> enrollments = without(stores.pairs("inga_service",
                "select id, coalesce(exit_reason, 'OPEN') from enrollment"), before.enrollments());
        Set<String> contacts = minus(stores.ids("inga_service", "select id from contact"), before.contacts());
        Map<String, String> exitsPerEnrollment = distinctEvents("inga-events").stream()
                .filter(r -> "ExitReasonRecorded".equals(header(r, "ce_type")))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
        List<Executable> checks = new ArrayList<>(List.of(
                () -> assertEquals(List.of(), outcomes.badAnswers(), "answers with a 5xx other than a clean 503"),
                () -> assertTrue(cases.containsAll(outcomes.acknowledgedCases()), "acknowledged cases committed"),
                () -> assertTrue(minus(cases, outcomes.acknowledgedCases()).size()
                                <= outcomes.unclear("POST /cases") + outcomes.unclear("probe: POST /cases"),
                        "besides the cases before the load, a case committed without a 201 only where the answer was a 503 or "
                                + "none (the connection was lost while committing): no case from nowhere"),
                () -> assertTrue(enrollments.keySet().containsAll(outcomes.acknowledgedEnrollments()),
                        "acknowledged enrollments committed"),
                () -> assertTrue(contacts.containsAll(outcomes.acknowledgedContacts()), "acknowledged contacts committed"),
                () -> assertSame(cases, before.cases(stores.ids("reporting_service", "select case_id from case_fact")),
                        "reporting-service has every case once"),
                () -> assertSame(cases, before.cases(stores.ids("inga_service", "select case_id from case_replica")),
                        "inga-service has every case once"),
                () -> assertSame(before.cases(stores.pairs("case_service", "select id, profile_category from integration_case")),
                        before.cases(stores.pairs("reporting_service", "select case_id, profile_category from case_fact")),
                        "profile category per case in reporting-service equals case-service's (order per case)"),
                () -> assertSame(before.cases(stores.pairs("case_service", "select id, profile_category from integration_case")),
                        before.cases(stores.pairs("inga_service", "select case_id, profile_category from case_replica")),
                        "profile category per case in inga-service equals case-service's"),
                () -> assertSame(enrollments, without(stores.pairs("reporting_service",
                                "select enrollment_id, coalesce(exit_reason, 'OPEN') from enrollment_fact"),
                                before.enrollments()),
                        "every enrollment and its exit in reporting-service as in inga-service (order per enrollment)"),
                () -> assertSame(stores.ids("inga_service", "select case_id from enrollment where status = 'OPEN'"),
                        stores.ids("case_service", "select id from integration_case where inga_enrollment_id is not null"),
                        "case-service's Inga flag follows every enrollment and exit"),
                () -> assertSame(contacts, minus(stores.ids("reporting_service", "select contact_id from contact_fact"),
                                before.contacts()),
                        "reporting-service has every contact once"),
                () -> assertSame(memberships("access_service", "team_x90", "membership where end_date is null"),
                        memberships("case_service", "team", "team_membership_replica"),
                        "case-service's replica of the open memberships"),
                () -> assertSame(memberships("access_service", "team_x90", "membership where end_date is null"),
                        memberships("inga_service", "team", "team_membership_replica"),
                        "inga-service's replica of the open memberships"),
                () -> madeDue.forEach(id -> assertEquals("MAX_DURATION_REACHED", enrollments.get(id),
                        "enrollment at its maximum duration ended by the job")),
                () -> assertEquals(Map.of(), exitsPerEnrollment.entrySet().stream()
                                .filter(e -> !e.getValue().equals("1")).collect(Collectors.toMap(Map.Entry::getKey,
                                        Map.Entry::getValue)),
                        "one ExitReasonRecorded per enrollment (job on two replicas, exits by the load)")));
        KafkaTopics.CONSUMED.forEach((group, topics) -> topics.stream().filter(EVENT_TOPICS::contains).forEach(topic -> {
            checks.add(() -> assertEquals(Set.of(), minus(eventIds(topic),
                    stores.ids(database(group), "select event_id from processed_event")),
                    group + " processed every event of " + topic));
            checks.add(() -> assertEquals(Set.of(poison.get(topic)),
                    kafka.readAll(group + "." + topic + ".dlq").stream().map(ConsumerRecord::key).collect(Collectors.toSet()),
                    "the dead-letter topic of " + group + " for " + topic + " holds its poison and nothing else"));
        }));
        checks.add(() -> Logs.assertNoCustomerNumber(stack));
        return checks;
    }

    /**
     * Each timer that fired (its row in case- or inga-service marked fired) has exactly one timer event, every
     * made-due date fired, and the demo users' worklists mark them: the counsellor's the cases' steps and talks, the
     * Inga counsellor's the first meetings, the demo lead's both.
     */
    private List<Executable> timersFiredOnce(DueDates dueDates, Set<String> cases, Set<String> enrollments) {
        Map<String, Long> caseEvents = timerEvents("case-events",
                Map.of("ImplementationStepOverdue", "stepId", "FollowUpOverdue", "followUpId"));
        Map<String, Long> ingaEvents = timerEvents("inga-events",
                Map.of("FirstMeetingOverdue", "enrollmentId", "EnrollmentEndingSoon", "enrollmentId"));
        Set<String> caseTimers = dueDates.timersOf(cases);
        JsonPath counsellor = DueDates.passedItems(stack, "counsellor");
        JsonPath ingaCounsellor = DueDates.passedItems(stack, "inga-counsellor");
        JsonPath lead = DueDates.passedItems(stack, "teamlead");
        return new ArrayList<>(List.of(
                () -> assertEquals(Map.of(), onceOnly(caseEvents), "one event per timer of case-service"),
                () -> assertEquals(Map.of(), onceOnly(ingaEvents), "one event per timer of inga-service"),
                () -> assertSame(dueDates.firedTimers("case_service"), caseEvents.keySet(),
                        "the events of case-service's fired timers"),
                () -> assertSame(dueDates.firedTimers("inga_service"), ingaEvents.keySet(),
                        "the events of inga-service's fired timers"),
                () -> assertEquals(cases.size() * 3, caseTimers.size(), "two steps and a planned talk per case fired"),
                () -> enrollments.forEach(id -> assertTrue(ingaEvents.containsKey("FirstMeetingOverdue " + id)
                        && ingaEvents.containsKey("EnrollmentEndingSoon " + id), "both timers of enrollment " + id)),
                () -> assertTrue(counsellor.<String>getList("items.subjectId").containsAll(caseTimers),
                        "the counsellor's worklist holds the passed steps and talks"),
                () -> assertTrue(ingaCounsellor.<String>getList("items.subjectId").containsAll(enrollments),
                        "the Inga counsellor's worklist holds the overdue first meetings"),
                () -> assertTrue(lead.<String>getList("items.subjectId").containsAll(caseTimers)
                        && lead.<String>getList("items.subjectId").containsAll(enrollments),
                        "the demo lead's worklist holds the team's"),
                () -> List.of(counsellor, ingaCounsellor, lead).forEach(list -> assertTrue(list.getList(
                        "items.timerFiredAt").stream().allMatch(Objects::nonNull),
                        "every passed due date on a worklist is marked by its timer event: " + list.prettify()))));
    }

    /** "Type subject" of each timer event on the topic (distinct event ids) -> how many there are. */
    private static Map<String, Long> timerEvents(String topic, Map<String, String> subjectOfType) {
        return distinctEvents(topic).stream().filter(r -> subjectOfType.containsKey(header(r, "ce_type")))
                .collect(Collectors.groupingBy(r -> header(r, "ce_type") + " "
                        + JsonPath.from(r.value()).getString(subjectOfType.get(header(r, "ce_type"))),
                        Collectors.counting()));
    }

    private static Map<String, Long> onceOnly(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, String> without(Map<String, String> byId, Set<String> ids) {
        Map<String, String> rest = new HashMap<>(byId);
        rest.keySet().removeAll(ids);
        return rest;
    }

    /** Equal sets, or a failure naming what is missing and what is extra (not both sets in full). */
    private static void assertSame(Set<String> expected, Set<String> actual, String what) {
        assertEquals(Map.of("missing", Set.of(), "extra", Set.of()),
                Map.of("missing", minus(expected, actual), "extra", minus(actual, expected)), what);
    }

    /** Equal maps, or a failure naming the keys whose values differ or that one side lacks. */
    private static void assertSame(Map<String, String> expected, Map<String, String> actual, String what) {
        Map<String, String> differing = new TreeMap<>();
        Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        keys.stream().filter(key -> !Objects.equals(expected.get(key), actual.get(key)))
                .forEach(key -> differing.put(key, expected.get(key) + " -> " + actual.get(key)));
        assertEquals(Map.of(), differing, what);
    }

    private static Set<String> memberships(String database, String teamColumn, String from) {
        return stores.ids(database, "select user_id || '|' || " + teamColumn + " || '|' || function from " + from);
    }

    /** The CloudEvents of a topic, each id once (a relay that died after sending publishes an event twice). */
    private static List<ConsumerRecord<String, String>> distinctEvents(String topic) {
        Map<String, ConsumerRecord<String, String>> byId = new LinkedHashMap<>();
        kafka.readAll(topic).stream().filter(r -> header(r, "ce_id") != null)
                .forEach(r -> byId.putIfAbsent(header(r, "ce_id"), r));
        return List.copyOf(byId.values());
    }

    private static Set<String> eventIds(String topic) {
        return distinctEvents(topic).stream().map(r -> header(r, "ce_id")).collect(Collectors.toSet());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // --- report -----------------------------------------------------------------------------------------------

    private String report(Duration drained, int casesBefore) {
        StringBuilder text = new StringBuilder("\n# Fault-injection report\n\n");
        text.append("Two replicas of each of the four services; load on 4 threads, ").append(load.journeys())
                .append(" journeys, ").append(outcomes.requests()).append(" requests:\n\n```\n")
                .append(outcomes.table()).append("```\n\n");
        text.append("Before the load: ").append(casesBefore).append(" case(s) of the demo data and the suites before.\n\n");
        text.append("| what | acknowledged (201) | committed (source) | of these unacknowledged (demo data, 503, no answer) "
                + "| lost (acknowledged, not committed) | per consumer: rows (missing, extra) |\n|---|---|---|---|---|---|\n");
        text.append(row("cases", outcomes.acknowledgedCases(), "case_service", "select id from integration_case",
                Map.of("inga-service", "select case_id from case_replica",
                        "reporting-service", "select case_id from case_fact")));
        text.append(row("enrollments", outcomes.acknowledgedEnrollments(), "inga_service", "select id from enrollment",
                Map.of("reporting-service", "select enrollment_id from enrollment_fact")));
        text.append(row("contacts", outcomes.acknowledgedContacts(), "inga_service", "select id from contact",
                Map.of("reporting-service", "select contact_id from contact_fact")));
        text.append("\n| topic | records | distinct events | copies published twice |\n|---|---|---|---|\n");
        for (String topic : EVENT_TOPICS) {
            List<ConsumerRecord<String, String>> records = kafka.readAll(topic);
            long withId = records.stream().filter(r -> header(r, "ce_id") != null).count();
            long distinct = eventIds(topic).size();
            text.append("| ").append(topic).append(" | ").append(records.size()).append(" | ").append(distinct)
                    .append(" | ").append(withId - distinct).append(" |\n");
        }
        text.append("\nAnswers 5xx other than a clean 503: ").append(outcomes.badAnswers().size())
                .append("; 503 with Retry-After: ").append(outcomes.count("503"))
                .append("; requests without an answer (connection lost): ").append(outcomes.count(Outcomes.NO_ANSWER))
                .append(".\nOutboxes empty and consumer lag 0 ").append(seconds(drained))
                .append(" after the load stopped.\nDue-date timers fired (both replicas' jobs every 2 s): case-service ")
                .append(stores.count("case_service", "select count(*) from due_timer where fired_at is not null"))
                .append(", inga-service ")
                .append(stores.count("inga_service", "select count(*) from due_timer where fired_at is not null"))
                .append("; their events checked below, each once.\n\n| fault | effect | recovery |\n|---|---|---|\n");
        faults.forEach((fault, effect) -> text.append("| ").append(fault).append(" | ").append(effect[0])
                .append(" | ").append(effect[1]).append(" |\n"));
        return text.toString();
    }

    private static String row(String what, Set<String> acknowledged, String database, String sql,
                              Map<String, String> consumers) {
        Set<String> committed = stores.ids(database, sql);
        StringBuilder applied = new StringBuilder();
        new TreeMap<>(consumers).forEach((consumer, consumerSql) -> {
            Set<String> rows = stores.ids(database(consumer), consumerSql);
            applied.append(consumer).append(' ').append(rows.size()).append(" (").append(minus(committed, rows).size())
                    .append(", ").append(minus(rows, committed).size()).append("); ");
        });
        return "| " + what + " | " + acknowledged.size() + " | " + committed.size() + " | "
                + minus(committed, acknowledged).size() + " | " + minus(acknowledged, committed).size() + " | "
                + applied + "|\n";
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> difference = new HashSet<>(a);
        difference.removeAll(b);
        return difference;
    }

    private static String database(String service) {
        return service.replace('-', '_');
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static List<String> roles(String jwt) {
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return List.of(claims.replaceAll(".*\"realm_access\":\\{\"roles\":\\[([^]]*)].*", "$1").replace("\"", "")
                .split(","));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
