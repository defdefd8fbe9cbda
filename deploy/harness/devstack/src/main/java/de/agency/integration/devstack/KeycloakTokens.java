package de.agency.integration.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens of the demo users from Keycloak (password grant), renewed after a minute; while Keycloak cannot be reached the
 * token issued before keeps being used, as a client holding a valid token would.
 */
public final class KeycloakTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    private record Issued(String token, Instant at) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String tokenEndpoint;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    public KeycloakTokens(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    public String of(String user) {
        Issued current = issued.get(user);
        if (current != null && current.at().plus(RENEW_AFTER).isAfter(Instant.now())) {
            return current.token();
        }
        try {
            Issued fresh = new Issued(fetch(user), Instant.now());
            issued.put(user, fresh);
            return fresh.token();
        } catch (IOException | RuntimeException e) {
            if (current == null) {
                throw new IllegalStateException("No token for " + user + " from Keycloak", e);
            }
            return current.token();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token issued now, never a cached one (e.g. to see roles Keycloak gained). */
    public String fresh(String user) throws IOException, InterruptedException {
        return fetch(user);
    }

    private String fetch(String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=agency-cli&username=" + user + "&password=demo"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " for " + user);
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
