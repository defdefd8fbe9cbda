package de.agency.integration.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the load's requests got back, per operation: status counts, the acknowledged resources, the bad answers. */
final class Outcomes {

    /** A request that reached no replica or lost its connection before an answer: its effect is unknown. */
    static final String NO_ANSWER = "no answer";

    private final Map<String, Map<String, AtomicLong>> statuses = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedCases = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedEnrollments = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedContacts = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedExits = ConcurrentHashMap.newKeySet();
    private final List<String> badAnswers = new ArrayList<>();

    void answered(String operation, int status) {
        count(operation, String.valueOf(status));
    }

    void unanswered(String operation) {
        count(operation, NO_ANSWER);
    }

    /** A 5xx that is not a clean 503 problem with {@code Retry-After}: the suite fails on any. */
    synchronized void badAnswer(String operation, int status, String body) {
        badAnswers.add(operation + " -> " + status + ": " + body.substring(0, Math.min(body.length(), 300)));
    }

    private void count(String operation, String outcome) {
        statuses.computeIfAbsent(operation, o -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
    }

    Set<String> acknowledgedCases() {
        return acknowledgedCases;
    }

    Set<String> acknowledgedEnrollments() {
        return acknowledgedEnrollments;
    }

    Set<String> acknowledgedContacts() {
        return acknowledgedContacts;
    }

    Set<String> acknowledgedExits() {
        return acknowledgedExits;
    }

    synchronized List<String> badAnswers() {
        return List.copyOf(badAnswers);
    }

    long requests() {
        return statuses.values().stream().flatMap(m -> m.values().stream()).mapToLong(AtomicLong::get).sum();
    }

    long count(String outcomePrefix) {
        return statuses.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(e -> e.getKey().startsWith(outcomePrefix)).mapToLong(e -> e.getValue().get()).sum();
    }

    /** How often the operation's outcome is unclear to the client: a 503 or no answer (it may have committed). */
    long unclear(String operation) {
        Map<String, AtomicLong> outcomes = statuses.getOrDefault(operation, Map.of());
        return outcomes.getOrDefault("503", new AtomicLong()).get()
                + outcomes.getOrDefault(NO_ANSWER, new AtomicLong()).get();
    }

    /** One line per operation: {@code POST /cases {201=812, 503=4, no answer=2}}. */
    String table() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(statuses).forEach((operation, outcomes) -> {
            Map<String, Long> sorted = new TreeMap<>();
            outcomes.forEach((outcome, count) -> sorted.put(outcome, count.get()));
            text.append(String.format("  %-40s %s%n", operation, sorted));
        });
        return text.toString();
    }
}
