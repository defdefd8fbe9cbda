package de.agency.integration.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data, entered through the services' APIs as a person would: the Inga team {@value #TEAM} in access-service
 * with the demo users as members ({@code inga-counsellor} and {@code teamlead} appointed before the cut-off dates, so
 * their Inga roles are granted automatically and reach their tokens; {@code counsellor} later, so must request it), then a first case opened by {@code counsellor} once case-service has learnt the memberships from
 * access-service's events, so that the stack is only reported ready when a counsellor can work.
 */
public final class DemoData {

    /** The demo Inga team; {@code counsellor} and {@code inga-counsellor} counsel in it, {@code teamlead} leads it. */
    public static final String TEAM = "X90-311-INGA1";

    /** A profiling ({@code PUT /cases/{id}/profiling}) whose completion puts the case in a category Inga accepts. */
    public static final String INGA_ELIGIBLE_PROFILING = """
            {"strengths":["Reliable"],"needs":[{"dimension":"QUALIFICATION","description":"No degree"},
             {"dimension":"LABOUR_MARKET_CONDITIONS","description":"Few openings nearby"}],
             "conclusion":"Long-term support needed"}""";

    private record Member(String userId, String function, String startDate) {
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("counsellor", "COUNSELLOR", "2020-03-01"),
            new Member("inga-counsellor", "COUNSELLOR", "2019-06-01"),
            new Member("teamlead", "TEAM_LEAD", "2019-06-01"));

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The body of {@code POST /cases}: an SGB III case of the demo team, counselled by {@code counsellor}. */
    public static String caseBody(String agency, String customerNumber) {
        return "{\"customerNumber\":\"" + customerNumber + "\",\"legalDomain\":\"SGB_III\",\"agency\":\"" + agency
                + "\",\"team\":\"" + TEAM + "\",\"counsellor\":\"counsellor\"}";
    }

    /**
     * A fresh customer number (Kundennummer: three digits, a capital letter, six digits) for load that enrolls: a
     * customer is enrolled in Inga once at a time.
     */
    public static String customerNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03d%c%06d", random.nextInt(1000), (char) ('A' + random.nextInt(26)),
                random.nextInt(1_000_000));
    }

    /** The demo team, its members (their Inga roles synchronised to Keycloak) and a first case. */
    public void enter(String tokenEndpoint, String accessService, String caseService) {
        enterTeam(tokenEndpoint, accessService);
        awaitRoleInToken(tokenEndpoint, "inga-counsellor", "INTEGRATION_COUNSELLOR_SGB3");
        openFirstCase(tokenEndpoint, caseService);
    }

    /** access-service synchronises granted roles to Keycloak; waits until a fresh token carries it. */
    private void awaitRoleInToken(String tokenEndpoint, String user, String role) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!claims(token(tokenEndpoint, user)).contains("\"" + role + "\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Demo data: the token of " + user + " lacks " + role
                        + " a minute after access-service granted it; see access-service's log");
            }
            ChildProcess.sleep(Duration.ofMillis(500));
        }
    }

    private static String claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
    }

    private void enterTeam(String tokenEndpoint, String accessService) {
        String token = token(tokenEndpoint, "access-admin");
        send(HttpRequest.newBuilder(URI.create(accessService + "/teams/" + TEAM))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"INGA\",\"agency\":\"311\"}")), token);
        for (Member member : MEMBERS) {
            send(HttpRequest.newBuilder(URI.create(accessService + "/teams/" + TEAM + "/members"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + member.userId() + "\",\"function\":\""
                            + member.function() + "\",\"startDate\":\"" + member.startDate() + "\"}")), token);
        }
    }

    /** Retries while case-service does not know the membership yet (403), for at most a minute. */
    private void openFirstCase(String tokenEndpoint, String caseService) {
        String token = token(tokenEndpoint, "counsellor");
        String demoCase = caseBody("311", "100A000001");
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(caseService + "/cases"))
                    .POST(HttpRequest.BodyPublishers.ofString(demoCase)), token);
            if (response.statusCode() == 201) {
                return;
            }
            if (response.statusCode() != 403 || System.nanoTime() > deadline) {
                throw new IllegalStateException("Demo data: POST /cases answered " + response.statusCode() + ": "
                        + response.body());
            }
            ChildProcess.sleep(Duration.ofMillis(500));
        }
    }

    private String token(String tokenEndpoint, String user) {
        String form = "grant_type=password&client_id=agency-cli&username=" + user + "&password=demo";
        String body = send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
        Matcher matcher = ACCESS_TOKEN.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Keycloak gave no token for the demo user " + user);
        }
        return matcher.group(1);
    }

    private String send(HttpRequest.Builder request, String token) {
        HttpResponse<String> response = exchange(request, token);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Demo data: " + response.request().method() + " " + response.uri()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
