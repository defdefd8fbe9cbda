package de.agency.integration.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data, entered through the services' APIs as a person would: the Inga team {@value #TEAM} in access-service
 * with the demo users as members (appointed before the cut-off dates, so their Inga roles are granted
 * automatically). case-service learns the memberships from access-service's events.
 */
final class DemoData {

    static final String TEAM = "X90-311-INGA1";

    private record Member(String userId, String function) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("counsellor", "COUNSELLOR"),
            new Member("inga-counsellor", "COUNSELLOR"),
            new Member("teamlead", "TEAM_LEAD"));

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void enter(String tokenEndpoint, String accessService) {
        String token = token(tokenEndpoint);
        send(HttpRequest.newBuilder(URI.create(accessService + "/teams/" + TEAM))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"INGA\",\"agency\":\"311\"}")), token);
        for (Member member : MEMBERS) {
            send(HttpRequest.newBuilder(URI.create(accessService + "/teams/" + TEAM + "/members"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + member.userId() + "\",\"function\":\""
                            + member.function() + "\",\"startDate\":\"2019-06-01\"}")), token);
        }
    }

    private String token(String tokenEndpoint) {
        String form = "grant_type=password&client_id=agency-cli&username=access-admin&password=demo";
        String body = send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
        Matcher matcher = ACCESS_TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Keycloak gave no token for the demo user access-admin");
        }
        return matcher.group(1);
    }

    private String send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Demo data: " + response.request().method() + " " + response.uri()
                        + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
