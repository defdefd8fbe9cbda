package de.agency.integration.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.devstack.DemoData;
import de.agency.integration.devstack.KeycloakTokens;
import de.agency.integration.devstack.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

/** The services' HTTP APIs as the benchmark uses them to set up its data, with the demo users' Keycloak tokens. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final KeycloakTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Api(LocalStack stack) {
        this.stack = stack;
        this.tokens = new KeycloakTokens(stack.tokenEndpoint());
    }

    String token(String user) {
        return tokens.of(user);
    }

    /** The body of {@code POST /cases} for a case of the demo team in the given agency (one customer for all). */
    static String openCaseBody(String agency) {
        return DemoData.caseBody(agency, "123A456789");
    }

    /** The body of {@code POST /enrollments/{id}/contacts}: a phone call today (the agency's day). */
    static String contactBody() {
        return "{\"form\":\"PHONE\",\"date\":\"" + LocalDate.now(ZoneId.of("Europe/Berlin")) + "\"}";
    }

    HttpRequest openCaseRequest(String agency) {
        return request("case-service", "/cases", "counsellor").POST(HttpRequest.BodyPublishers.ofString(openCaseBody(agency)))
                .build();
    }

    /** Opens a case and returns its id. */
    String openCase(String agency) {
        return idOf(send(openCaseRequest(agency), 201));
    }

    CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A case of the demo team with its profiling completed, in a profile category Inga accepts, for a customer of
     * its own (a customer is enrolled once at a time).
     */
    String profiledCase(String agency) {
        String id = idOf(send(request("case-service", "/cases", "counsellor")
                .POST(HttpRequest.BodyPublishers.ofString(DemoData.caseBody(agency, DemoData.customerNumber()))).build(), 201));
        send(request("case-service", "/cases/" + id + "/profiling", "counsellor")
                .PUT(HttpRequest.BodyPublishers.ofString(DemoData.INGA_ELIGIBLE_PROFILING)).build(), 0);
        send(request("case-service", "/cases/" + id + "/profiling/complete", "counsellor")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 0);
        return id;
    }

    /**
     * Enrolls the case in Inga once inga-service has learnt it and its profile from case-events (until then it
     * answers 422); returns the enrollment's id.
     */
    String enroll(String caseId) {
        HttpRequest enroll = request("inga-service", "/enrollments", "inga-counsellor")
                .POST(HttpRequest.BodyPublishers.ofString("{\"caseId\":\"" + caseId + "\"}")).build();
        HttpResponse<String> response = call(enroll);
        for (int attempt = 0; attempt < 300 && response.statusCode() == 422; attempt++) {
            Pause.of(Duration.ofMillis(100));
            response = call(enroll);
        }
        if (response.statusCode() != 201) {
            throw new IllegalStateException("inga-service did not enroll case " + caseId + ": "
                    + response.statusCode() + " " + response.body());
        }
        return idOf(response);
    }

    /** GETs a path of a service as the user and returns the body as JSON; fails unless 200. */
    JsonNode get(String service, String path, String user) {
        return parse(send(request(service, path, user).GET().build(), 200).body());
    }

    /** POSTs without a body; fails unless the service answers {@code expected}. */
    JsonNode post(String service, String path, String user, int expected) {
        return parse(send(request(service, path, user).POST(HttpRequest.BodyPublishers.noBody()).build(), expected).body());
    }

    String url(String service) {
        return stack.serviceUrl(service);
    }

    private HttpRequest.Builder request(String service, String path, String user) {
        return HttpRequest.newBuilder(URI.create(url(service) + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + tokens.of(user))
                .header("Content-Type", "application/json");
    }

    /** Sends the request; fails unless the status is {@code expected}, or any 2xx for 0. */
    private HttpResponse<String> send(HttpRequest request, int expected) {
        HttpResponse<String> response = call(request);
        int status = response.statusCode();
        if (expected == 0 ? status / 100 != 2 : status != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of what a 201 created, from its body. */
    static String idOf(HttpResponse<String> created) {
        return parse(created.body()).path("id").asText();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body.isEmpty() ? "{}" : body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

}
