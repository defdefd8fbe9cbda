package de.agency.integration.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.devstack.DemoData;
import de.agency.integration.devstack.KeycloakTokens;
import de.agency.integration.devstack.LocalStack;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Agency systems at work, spread over both replicas of each service: cases opened and profiled (4PM), customers
 * enrolled in Inga, contacts recorded, enrollments ended, X90 memberships imported. Like a Kubernetes service, a
 * request goes to a random replica and to the other one if the first refuses the connection (nothing was sent); a
 * request whose connection breaks after it was sent is not repeated (its effect is unknown).
 */
final class MixedLoad implements AutoCloseable {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Berlin");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final KeycloakTokens tokens;
    private final Outcomes outcomes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger journeys = new AtomicInteger();
    private final Set<String> keptOpen = ConcurrentHashMap.newKeySet();
    private final List<Thread> workers = new ArrayList<>();

    MixedLoad(LocalStack stack, KeycloakTokens tokens, Outcomes outcomes) {
        this.stack = stack;
        this.tokens = tokens;
        this.outcomes = outcomes;
    }

    void start(int threads) {
        running.set(true);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    journey(journeys.incrementAndGet());
                }
            }, "load-" + i);
            worker.start();
            workers.add(worker);
        }
    }

    /** Enrollments the load leaves open (never exits them), e.g. for the maximum-duration job. */
    Set<String> keptOpen() {
        return keptOpen;
    }

    int journeys() {
        return journeys.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.join(Duration.ofSeconds(90).toMillis());
        }
    }

    private void journey(int number) {
        if (number % 15 == 0) {
            importMembership(number);
        }
        Optional<String> caseId = created("case-service", "POST /cases", "/cases", tokens.of("counsellor"),
                "application/json", caseJson(), outcomes.acknowledgedCases());
        if (caseId.isEmpty()
                || !ok(call("case-service", "PUT /cases/{id}/profiling", "PUT", "/cases/" + caseId.get() + "/profiling",
                tokens.of("counsellor"), "application/json", DemoData.INGA_ELIGIBLE_PROFILING))
                || !ok(call("case-service", "POST /cases/{id}/profiling/complete", "POST",
                "/cases/" + caseId.get() + "/profiling/complete", tokens.of("counsellor"), "application/json", ""))) {
            return;
        }
        if (ThreadLocalRandom.current().nextInt(10) < 4) {
            return;
        }
        Optional<String> enrollment = enroll(caseId.get());
        if (enrollment.isEmpty()) {
            return;
        }
        created("inga-service", "POST /enrollments/{id}/contacts", "/enrollments/" + enrollment.get() + "/contacts",
                tokens.of("inga-counsellor"), "application/json",
                "{\"form\":\"PHONE\",\"date\":\"" + LocalDate.now(AGENCY_ZONE) + "\"}", outcomes.acknowledgedContacts());
        if (ThreadLocalRandom.current().nextBoolean()) {
            keptOpen.add(enrollment.get());
            return;
        }
        if (ok(call("inga-service", "POST /enrollments/{id}/exit", "POST", "/enrollments/" + enrollment.get() + "/exit",
                tokens.of("inga-counsellor"), "application/json", "{\"reason\":\"INTEGRATED_EMPLOYMENT\"}"))) {
            outcomes.acknowledgedExits().add(enrollment.get());
        }
    }

    /** inga-service learns the case and its profile from case-events: until then the enrollment is refused (422). */
    private Optional<String> enroll(String caseId) {
        for (int attempt = 0; attempt < 60 && running.get(); attempt++) {
            HttpResponse<String> response = call("inga-service", "POST /enrollments", "POST", "/enrollments",
                    tokens.of("inga-counsellor"), "application/json", "{\"caseId\":\"" + caseId + "\"}");
            if (response != null && response.statusCode() == 201) {
                String id = id(response);
                outcomes.acknowledgedEnrollments().add(id);
                return Optional.of(id);
            }
            if (response == null || (response.statusCode() != 422 && response.statusCode() != 503)) {
                return Optional.empty();
            }
            pause(Duration.ofMillis(500));
        }
        return Optional.empty();
    }

    private void importMembership(int number) {
        String csv = "x90,teamType,agency,userId,function,startDate,endDate\n"
                + "X90-FLT-" + number + ",OTHER,311,counsellor,COUNSELLOR,2019-01-01,\n";
        call("access-service", "POST /memberships/import", "POST", "/memberships/import", tokens.of("access-admin"),
                "text/csv", csv);
    }

    /** Imports a membership of a user in an Inga team, which grants an Inga role that access-service puts into Keycloak. */
    HttpResponse<String> importIngaMembership(String team, String user) {
        return call("access-service", "POST /memberships/import", "POST", "/memberships/import",
                tokens.of("access-admin"), "text/csv", "x90,teamType,agency,userId,function,startDate,endDate\n"
                        + team + ",INGA,311," + user + ",COUNSELLOR,2019-01-01,\n");
    }

    private Optional<String> created(String service, String operation, String path, String token, String type,
                                     String body, Set<String> acknowledged) {
        HttpResponse<String> response = call(service, operation, "POST", path, token, type, body);
        if (response == null || response.statusCode() != 201) {
            return Optional.empty();
        }
        String id = id(response);
        acknowledged.add(id);
        return Optional.of(id);
    }

    private static boolean ok(HttpResponse<String> response) {
        return response != null && response.statusCode() == 200;
    }

    /** Sends the request to one replica after the other until one accepts the connection; null if none answered. */
    HttpResponse<String> call(String service, String operation, String method, String path, String token,
                              String type, String body) {
        List<String> replicas = new ArrayList<>(stack.replicaUrls(service));
        Collections.shuffle(replicas);
        for (String replica : replicas) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(replica + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", type)
                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                record(operation, response);
                return response;
            } catch (ConnectException | HttpConnectTimeoutException refused) {
                // nothing was sent: the other replica takes it
            } catch (IOException broken) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        outcomes.unanswered(operation);
        return null;
    }

    private void record(String operation, HttpResponse<String> response) {
        int status = response.statusCode();
        outcomes.answered(operation, status);
        boolean cleanUnavailable = status == 503 && response.headers().firstValue("Retry-After").isPresent()
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (status >= 500 && !cleanUnavailable) {
            outcomes.badAnswer(operation, status, response.body());
        }
    }

    private static String id(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            return body.get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable answer: " + response.body(), e);
        }
    }

    static String caseJson() {
        return DemoData.caseBody("311", DemoData.customerNumber());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
