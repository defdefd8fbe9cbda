package de.agency.integration.containers;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.devstack.DemoData;
import de.agency.integration.systemtests.DashboardBrowser;
import de.agency.integration.systemtests.SharedStack;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The stack as ops run it: docker-compose.yml in a real container engine, with the infrastructure images built here
 * from Debian packages and Maven Central (no registry), started by {@code deploy/compose-up.sh}. A journey through all
 * four services with tokens from the Keycloak container and the dashboard in a browser; then crashes - a service's and
 * Kafka's process killed - that the restart policy and readiness recover from without losing anything committed; a
 * graceful stop that drains the outbox; {@code down} and {@code up} with the volumes kept; the images as ops expect
 * them (non-root, read-only root file system, heap from the container's limit, no secret in a layer). Runs last, after
 * the shared local stack is stopped, and needs root (CI: .ci/run installs and starts the engine).
 */
@Order(6)
@EnabledIfSystemProperty(named = "user.name", matches = "root")
class ComposeStackIT {

    private static final String PROJECT = "integration-work-it";
    private static final List<String> SERVICES = List.of("case-service", "inga-service", "access-service",
            "reporting-service");
    private static final Map<String, Integer> PORTS = Map.of("case-service", 8081, "inga-service", 8082,
            "access-service", 8083, "reporting-service", 8084);
    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/agency/protocol/openid-connect/token";

    private static final Compose compose = new Compose(PROJECT, Path.of("target", "compose.env").toAbsolutePath());
    private static final Map<String, String> measured = new LinkedHashMap<>();
    private static final Set<String> acknowledgedCases = new HashSet<>();

    @BeforeAll
    static void upFromNothing() throws Exception {
        SharedStack.stop(); // the two cores are the compose stack's from here on
        compose.script("deploy/compose-down.sh", "--volumes");
        long start = System.nanoTime();
        compose.script("deploy/compose-up.sh", "--infrastructure-images");
        measured.put("compose-up.sh --infrastructure-images: images in the engine, every container healthy",
                seconds(start));
        new DemoData().enter(TOKEN_ENDPOINT, url("access-service"), url("case-service"));
    }

    @AfterAll
    static void downWithTheVolumes() throws Exception {
        try {
            Files.writeString(Path.of("target", "compose-report.md"), report());
            System.out.println(report());
        } finally {
            compose.script("deploy/compose-down.sh", "--volumes");
        }
    }

    @Test
    void aJourneyThroughAllFourServicesSurvivesCrashesAndARestartWithTheVolumesKept() throws Exception {
        String caseId = journey();

        crash("case-service");
        crash("kafka");
        acknowledgedCases.add(openCase());
        everyAcknowledgedCaseIsCommittedAndCountedOnce();

        gracefulStopDrainsTheOutbox();

        compose.script("deploy/compose-down.sh");
        long start = System.nanoTime();
        compose.script("deploy/compose-up.sh", "--infrastructure-images");
        measured.put("down, then up with the volumes kept: every container healthy", seconds(start));
        given().header("Authorization", bearer("counsellor")).get(url("case-service") + "/cases/" + caseId)
                .then().statusCode(200).body("id", equalTo(caseId));
        everyAcknowledgedCaseIsCommittedAndCountedOnce();
    }

    @Test
    void theImagesRunAsOpsExpectThem() throws Exception {
        for (String service : SERVICES) {
            String container = compose.container(service);
            assertEquals("185", compose.docker("inspect", "-f", "{{.Config.User}}", container).trim(), service);
            assertEquals("true", compose.docker("inspect", "-f", "{{.HostConfig.ReadonlyRootfs}}", container).trim(),
                    service + " runs on a read-only root file system");
            String flags = compose.docker("exec", container, "java", "-XX:+PrintFlagsFinal", "-version");
            long maxHeap = flags.lines().filter(line -> line.contains(" MaxHeapSize "))
                    .map(line -> Long.parseLong(line.trim().split("\\s+")[3])).findFirst().orElseThrow();
            assertEquals(512L * 1024 * 1024 * 3 / 4, maxHeap, service + ": 75 % of the 512 MB limit as heap");
            String firstLine = compose.docker("logs", container).lines().filter(line -> line.startsWith("{"))
                    .findFirst().orElseThrow();
            assertTrue(JsonPath.from(firstLine).getString("level") != null, service + " logs JSON lines");
        }
        Map<String, String> secrets = compose.secrets();
        for (String image : compose.images()) {
            String history = compose.docker("history", "--no-trunc", image);
            secrets.forEach((name, value) -> assertTrue(value.length() < 8 || !history.contains(value),
                    image + "'s history holds " + name));
            assertTrue(compose.layersHoldNone(image, secrets.values()), image + "'s layers hold a secret");
            measured.put("image " + image, compose.docker("image", "inspect", "-f", "{{.Size}}", image).trim()
                    .transform(bytes -> Long.parseLong(bytes) / 1_000_000 + " MB"));
        }
    }

    /** Opened and profiled, enrolled in Inga, a contact, the exit; the exit in the report and on the dashboard. */
    private String journey() throws IOException {
        String caseId = openCase();
        acknowledgedCases.add(caseId);
        String cases = url("case-service") + "/cases/" + caseId;
        given().header("Authorization", bearer("counsellor")).contentType(ContentType.JSON)
                .body(DemoData.INGA_ELIGIBLE_PROFILING).put(cases + "/profiling").then().statusCode(200);
        given().header("Authorization", bearer("counsellor")).post(cases + "/profiling/complete").then().statusCode(200);
        String enrollment = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().header("Authorization", bearer("inga-counsellor")).contentType(ContentType.JSON)
                        .body("{\"caseId\":\"" + caseId + "\"}").post(url("inga-service") + "/enrollments"),
                        response -> response.statusCode() == 201).path("id");
        String enrollments = url("inga-service") + "/enrollments/" + enrollment;
        given().header("Authorization", bearer("inga-counsellor")).contentType(ContentType.JSON)
                .body("{\"form\":\"PHONE\",\"date\":\"" + LocalDate.now(ZoneId.of("Europe/Berlin")) + "\"}")
                .post(enrollments + "/contacts").then().statusCode(201);
        given().header("Authorization", bearer("inga-counsellor")).contentType(ContentType.JSON)
                .body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").post(enrollments + "/exit").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().header("Authorization", bearer("viewer")).get(url("reporting-service")
                        + "/reports/exits-by-reason?agency=311").jsonPath().getList("exits", Integer.class)
                        .stream().mapToInt(Integer::intValue).sum() >= 1);
        try (DashboardBrowser browser = new DashboardBrowser("de-DE")) {
            browser.logInAndOpen(url("reporting-service") + "/", "viewer", "demo");
            browser.screenshot(Path.of("target", "compose-dashboard.png"));
        }
        return caseId;
    }

    /**
     * The container's process killed from the host, as a crash or the kernel's OOM killer would (a {@code docker kill}
     * counts as stopped on purpose, which no restart policy undoes): the engine starts it again; cases opened meanwhile
     * through the other services' unaffected paths are committed once the service is back.
     */
    private void crash(String service) throws Exception {
        String container = compose.container(service);
        long start = System.nanoTime();
        compose.run("kill", "-9", compose.docker("inspect", "-f", "{{.State.Pid}}", container).trim());
        await().atMost(Duration.ofSeconds(30)).until(() -> !compose.docker("inspect", "-f", "{{.RestartCount}}",
                container).trim().equals("0"));
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> compose.allHealthy(SERVICES));
        measured.put("process of " + service + " killed: restarted by the engine, every service ready again",
                seconds(start));
    }

    /** SIGTERM within the grace period; the last round of the relay publishes what was committed before it. */
    private void gracefulStopDrainsTheOutbox() throws Exception {
        acknowledgedCases.add(openCase());
        long start = System.nanoTime();
        compose.docker("stop", "-t", "30", compose.container("case-service"));
        measured.put("docker stop of case-service (SIGTERM, grace period 30 s)", seconds(start));
        // the stopped replica's log, for the relay's last rounds
        Files.writeString(Path.of("target", "compose-case-service-stopped.log"),
                compose.docker("logs", compose.container("case-service")));
        assertEquals(0, count("case_service", "select count(*) from outbox_event"), "the outbox drained at the stop");
        compose.docker("start", compose.container("case-service"));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> compose.allHealthy(SERVICES));
    }

    /** Every case answered 201 is in case-service's database and counted once by reporting-service. */
    private static void everyAcknowledgedCaseIsCommittedAndCountedOnce() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> committed = ids("case_service", "select id from integration_case");
            Set<String> counted = ids("reporting_service", "select case_id from case_fact");
            assertTrue(committed.containsAll(acknowledgedCases), "acknowledged cases committed");
            assertTrue(counted.containsAll(acknowledgedCases), "acknowledged cases counted by reporting");
            assertEquals(committed.size(), count("reporting_service", "select count(*) from case_fact"),
                    "reporting counts each case once");
        });
    }

    private static String openCase() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().header("Authorization", bearer("counsellor")).contentType(ContentType.JSON)
                        .body(DemoData.caseBody("311", DemoData.customerNumber())).post(url("case-service") + "/cases"),
                        response -> response.statusCode() == 201).path("id");
    }

    private static String bearer(String user) {
        return "Bearer " + given().formParam("grant_type", "password").formParam("client_id", "agency-cli")
                .formParam("username", user).formParam("password", "demo").post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    private static String url(String service) {
        return "http://localhost:" + PORTS.get(service);
    }

    private static Set<String> ids(String database, String sql) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static long count(String database, String sql) throws Exception {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + database, "postgres",
                compose.secrets().get("POSTGRES_PASSWORD"));
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static String report() {
        List<String> lines = new ArrayList<>(List.of("", "# Compose stack (deploy/compose-up.sh --infrastructure-images)",
                "", "| step | measured |", "|---|---|"));
        measured.forEach((step, value) -> lines.add("| " + step + " | " + value + " |"));
        return String.join("\n", lines) + "\n";
    }
}
