package de.agency.integration.e2e;

import static de.agency.integration.systemtests.StackApi.DEMO_TEAM;
import static de.agency.integration.systemtests.StackApi.awaitOpenedCases;
import static de.agency.integration.systemtests.StackApi.caseJson;
import static de.agency.integration.systemtests.StackApi.openCase;
import static de.agency.integration.systemtests.StackApi.token;
import static de.agency.integration.systemtests.StackApi.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.consumer.IntegrationTeamConsumer;
import de.agency.integration.devstack.DemoData;
import de.agency.integration.devstack.LocalStack;
import de.agency.integration.systemtests.DashboardBrowser;
import de.agency.integration.systemtests.Logs;
import de.agency.integration.systemtests.SharedStack;
import de.agency.integration.systemtests.StackApi;
import de.agency.integration.systemtests.Stores;
import io.cloudevents.CloudEvent;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Starts the whole local stack as the run command does (real PostgreSQL, Kafka, Keycloak and the four packaged
 * services, on free ports) and drives it with real tokens from Keycloak.
 */
@Order(2)
class EndToEndIT {

    /** The services' business days are days in the agency's time zone. */
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Berlin");
    private static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";
    private static final String ADDITIONAL = "INGA_ADDITIONAL_PERMISSION";

    private static LocalStack stack;

    @BeforeAll
    static void theSharedStack() {
        stack = SharedStack.get();
    }

    @AfterAll
    static void noCustomerNumberReachedAServicesLog() throws Exception {
        Logs.assertNoCustomerNumber(stack);
    }

    @Test
    void caseOpenedWithKeycloakTokenIsCountedByReporting() {
        String agency = uniqueAgency();

        openCase(token("counsellor"), agency).then().statusCode(201);

        awaitOpenedCases(agency, 1);
    }

    @Test
    void anAgencySystemCarriesACaseThroughIngaWithTheGeneratedClientsAlone() throws Exception {
        new GeneratedClientJourney(stack::serviceUrl, StackApi::token).run();
    }

    @Test
    void theReadmesConsumerExampleReadsACaseOpenedAsACloudEventOfItsContract() {
        String caseId = openCase(token("counsellor"), uniqueAgency()).then().statusCode(201).extract().path("id");
        List<CloudEvent> seen = new ArrayList<>();

        try (IntegrationTeamConsumer consumer = new IntegrationTeamConsumer(stack.kafkaBootstrapServers(),
                "integration-team-" + UUID.randomUUID(), List.of("case-events", "inga-events", "access-events"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll((event, data) -> {
                    if (caseId.equals(data.path("caseId").asText()) && "CaseOpened".equals(event.getType())) {
                        assertEquals(2, data.path("schemaVersion").asInt());
                        seen.add(event);
                    }
                });
                return !seen.isEmpty();
            });
        }
        CloudEvent opened = seen.get(0);
        assertEquals("urn:agency:case-service", opened.getSource().toString());
        assertEquals("case/" + caseId, opened.getSubject());
        assertNotNull(opened.getTime());
        assertEquals(1, seen.size(), "one CaseOpened for the case");
    }

    @Test
    void aReferredCaseIsAcceptedItsFirstMeetingRecordedAndTheReportsShowIt() {
        String caseId = complexSgb3Case(DemoData.customerNumber());
        String inga = stack.serviceUrl("inga-service");
        String counsellor = token("counsellor");
        String referral = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().header("Authorization", "Bearer " + counsellor).contentType(ContentType.JSON)
                        .body("{\"caseId\":\"" + caseId + "\",\"team\":\"" + DEMO_TEAM + "\"}")
                        .post(inga + "/referrals"), response -> response.statusCode() == 201)
                .then().extract().path("id");
        String ingaCounsellor = token("inga-counsellor");
        String enrollment = given().header("Authorization", "Bearer " + ingaCounsellor).contentType(ContentType.JSON)
                .body("{}").post(inga + "/referrals/" + referral + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).extract().path("enrollmentId");
        given().header("Authorization", "Bearer " + ingaCounsellor).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"" + LocalDate.now(AGENCY_ZONE) + "\"}")
                .post(inga + "/enrollments/" + enrollment + "/first-meeting").then().statusCode(201)
                .body("workingDaysSinceAcceptance", equalTo(0));

        String reports = stack.serviceUrl("reporting-service") + "/reports/";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath referrals = report(reports + "referrals?team=" + DEMO_TEAM);
            assertTrue(referrals.getInt("find { it.outcome == 'ACCEPTED' }.referrals") >= 1, referrals.prettify());
            JsonPath meetings = report(reports + "first-meeting-timeliness?team=" + DEMO_TEAM);
            assertTrue(meetings.getInt("[0].firstMeetings") >= 1, meetings.prettify());
        });
    }

    @Test
    void anIngaCounsellorIsCertified_proposesTheGroupsReflectionDay_theLeadApproves_andTheReportsShowIt() {
        String access = stack.serviceUrl("access-service");
        String reports = stack.serviceUrl("reporting-service") + "/reports/";
        String uncertified = reports + "uncertified-inga-counsellors?team=" + DEMO_TEAM;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertTrue(
                report(uncertified, "teamlead").getList("ingaCounsellor").contains("inga-counsellor")));

        String group = "ZG-E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate today = LocalDate.now(AGENCY_ZONE);
        given().header("Authorization", "Bearer " + token("access-admin")).contentType(ContentType.JSON)
                .body("{\"userId\":\"inga-counsellor\",\"certificationGroup\":\"" + group + "\",\"certifiedOn\":\""
                        + today + "\"}").post(access + "/certifications").then().statusCode(201);
        LocalDate day = today.plusMonths(1);
        String reflectionDay = given().header("Authorization", "Bearer " + token("inga-counsellor"))
                .contentType(ContentType.JSON)
                .body("{\"certificationGroup\":\"" + group + "\",\"plannedOn\":\"" + day + "\"}")
                .post(access + "/reflection-days").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + token("teamlead"))
                .post(access + "/reflection-days/" + reflectionDay + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        String ofGroup = "find { it.certificationGroup == '" + group + "' }";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertFalse(report(uncertified, "teamlead").getList("ingaCounsellor").contains("inga-counsellor"));
            JsonPath groups = report(reports + "reflection-days");
            assertEquals(day.toString(), groups.getString(ofGroup + ".nextReflectionDay"), groups.prettify());
            assertEquals(1, groups.getInt(ofGroup + ".certifiedCounsellors"));
            assertTrue(groups.getBoolean(ofGroup + ".withoutReflectionDayInLast12Months"), "none held yet");
        });
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(caseJson(uniqueAgency()))
                .when().post(stack.serviceUrl("case-service") + "/cases")
                .then().statusCode(401);
    }

    @Test
    void requestWithWrongRoleIsForbidden() {
        openCase(token("viewer"), uniqueAgency()).then().statusCode(403);
        given().header("Authorization", "Bearer " + token("counsellor"))
                .when().get(stack.serviceUrl("reporting-service") + "/reports/cases")
                .then().statusCode(403);
    }

    @Test
    void importedMembershipMakesAnIngaCounsellorWhomIngaServiceAccepts_untilTheMembershipEnds() {
        String team = "X90-E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String admin = token("access-admin");
        given().header("Authorization", "Bearer " + admin).contentType("text/csv")
                .body("x90,teamType,agency,userId,function,startDate,endDate\n"
                        + team + ",INGA,311,viewer,COUNSELLOR,2019-01-01,\n")
                .when().post(stack.serviceUrl("access-service") + "/memberships/import")
                .then().statusCode(200).body("results[0].outcome", equalTo("GRANTED"));
        awaitTokenRoles("viewer", roles -> roles.contains(SGB3));

        String caseId = complexSgb3Case("100A000101");
        String enrollment = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> enroll(caseId), response -> response.statusCode() == 201)
                .then().body("team", equalTo(team)).extract().path("id");
        String note = stack.serviceUrl("inga-service") + "/enrollments/" + enrollment + "/protected-note";
        given().header("Authorization", "Bearer " + token("viewer")).contentType(ContentType.JSON)
                .body("{\"text\":\"Sensitive\"}").when().put(note).then().statusCode(200);
        given().header("Authorization", "Bearer " + token("inga-counsellor")).when().get(note).then().statusCode(403);

        given().header("Authorization", "Bearer " + admin).queryParam("endDate", "2026-11-24")
                .when().delete(stack.serviceUrl("access-service") + "/teams/{x90}/members/{userId}", team, "viewer")
                .then().statusCode(200);
        awaitTokenRoles("viewer", roles -> !roles.contains(SGB3));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().header("Authorization", "Bearer " + token("viewer")).when().get(note).then().statusCode(403));
    }

    @Test
    void anIngaCounsellorWorksTheEnrolledCaseOfARegularTeam_andGivesItBackAtTheExit() {
        String team = "X90-311-PV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String admin = token("access-admin");
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body("{\"type\":\"OTHER\",\"agency\":\"311\"}")
                .when().put(stack.serviceUrl("access-service") + "/teams/{x90}", team).then().statusCode(201);
        given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body("{\"userId\":\"counsellor\",\"function\":\"COUNSELLOR\",\"startDate\":\"2020-01-01\"}")
                .when().post(stack.serviceUrl("access-service") + "/teams/{x90}/members", team).then().statusCode(201);
        String customerNumber = "100A000301";
        String caseId = complexSgb3Case(customerNumber, team);
        String kase = stack.serviceUrl("case-service") + "/cases/" + caseId;
        String inga = token("inga-counsellor");
        given().header("Authorization", "Bearer " + inga).when().get(kase).then().statusCode(403);

        String enrollment = enrollAs(inga, caseId);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> note(inga, caseId).then().statusCode(201));
        given().header("Authorization", "Bearer " + inga).when().get(kase).then().statusCode(200)
                .body("ingaCounsellor", equalTo("inga-counsellor"));
        note(token("counsellor"), caseId).then().statusCode(403);
        given().header("Authorization", "Bearer " + token("counsellor")).when().get(kase).then().statusCode(200);
        given().header("Authorization", "Bearer " + token("teamlead")).when().get(kase).then().statusCode(200);

        given().header("Authorization", "Bearer " + inga).contentType(ContentType.JSON)
                .body("{\"reason\":\"NEEDS_RESOLVED_RETURN_TO_STANDARD_PLACEMENT\"}")
                .when().post(stack.serviceUrl("inga-service") + "/enrollments/" + enrollment + "/exit")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> note(token("counsellor"), caseId).then().statusCode(201));
        note(inga, caseId).then().statusCode(403);

        given().header("Authorization", "Bearer " + token("dpo")).queryParam("customerNumber", customerNumber)
                .when().get(stack.serviceUrl("case-service") + "/access-log").then().statusCode(200)
                .body("items.userId", hasItems("inga-counsellor", "counsellor", "teamlead"));
        given().header("Authorization", "Bearer " + token("access-admin"))
                .when().get(stack.serviceUrl("case-service") + "/access-log").then().statusCode(403);
    }

    @Test
    void aClosedCasePastItsRetentionIsErasedEverywhere_everyReportKeepsItsFigures_evenAfterARebuild() throws Exception {
        String customerNumber = "100A000501";
        String noteText = "Debt counselling since March " + UUID.randomUUID();
        // every POST with an Idempotency-Key: the stored first answers are searched after the erasure too
        String caseKey = UUID.randomUUID().toString();
        String enrollmentKey = UUID.randomUUID().toString();
        String caseId = complexSgb3Case(customerNumber, DEMO_TEAM, caseKey);
        String inga = token("inga-counsellor");
        String enrollment = enrollAs(inga, caseId, enrollmentKey);
        String enrollmentUrl = stack.serviceUrl("inga-service") + "/enrollments/" + enrollment;
        given().header("Authorization", "Bearer " + inga).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"form\":\"PHONE\",\"date\":\"" + LocalDate.now(AGENCY_ZONE) + "\"}")
                .when().post(enrollmentUrl + "/contacts").then().statusCode(201);
        // the consent letter printed for the enrollment, signed, and kept with the consent recorded on it
        byte[] letter = given().header("Authorization", "Bearer " + inga).accept("application/pdf")
                .when().get(enrollmentUrl + "/consent-letters/VIDEO_AUDIO_RECORDING")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Einwilligung in Video- oder Tonaufnahmen"), text);
            assertTrue(text.contains("Kundennummer: " + customerNumber), "the letter names the customer number");
            assertTrue(text.contains("Unterschrift: ____"), "and leaves the signature blank");
        }
        String consent = given().header("Authorization", "Bearer " + inga).contentType(ContentType.JSON)
                .body("{\"type\":\"VIDEO_AUDIO_RECORDING\",\"givenOn\":\"" + LocalDate.now(AGENCY_ZONE)
                        + "\",\"scope\":\"Application training\",\"templateVersion\":1}")
                .when().post(enrollmentUrl + "/consents").then().statusCode(201)
                .body("templateVersion", equalTo(1)).extract().path("id");
        given().header("Authorization", "Bearer " + inga).contentType("application/pdf").body(letter)
                .when().post(enrollmentUrl + "/consents/" + consent + "/signed-original").then().statusCode(201);
        given().header("Authorization", "Bearer " + inga).contentType(ContentType.JSON)
                .body("{\"text\":\"" + noteText + "\"}").when().put(enrollmentUrl + "/protected-note")
                .then().statusCode(200);
        given().header("Authorization", "Bearer " + inga).contentType(ContentType.JSON)
                .body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}").when().post(enrollmentUrl + "/exit")
                .then().statusCode(200);
        String kase = stack.serviceUrl("case-service") + "/cases/" + caseId;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                report(stack.serviceUrl("reporting-service") + "/reports/exits-by-reason?agency=311").getList("exits")
                        .stream().mapToInt(n -> ((Number) n).intValue()).sum() >= 1);
        Map<String, String> before = viewerReports();

        Path export = Path.of("target", "privacy-export");
        runPrivacyExport(customerNumber, export);
        assertTrue(Files.readString(export.resolve("case-service.json")).contains(caseId));
        assertTrue(Files.readString(export.resolve("inga-service.json")).contains(noteText), "the note, decrypted");
        assertTrue(Files.readString(export.resolve("inga-service.json"))
                .contains(Base64.getEncoder().encodeToString(letter)), "the signed letter, decrypted");
        assertTrue(Files.readString(export.resolve("reporting-service.json")).contains(caseId));
        assertTrue(Files.readString(export.resolve("access-service.json")).contains("Nothing"));

        String officer = token("dpo");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().header("Authorization", "Bearer " + token("counsellor")).contentType(ContentType.JSON)
                        .body("{\"reason\":\"INTEGRATED\"}").when().post(kase + "/close"),
                response -> response.statusCode() == 200);
        // past its retention at once (see startStack): the erasure job erases it
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().header("Authorization", "Bearer " + officer)
                        .when().get(stack.serviceUrl("case-service") + "/privacy/customers/" + customerNumber)
                        .then().statusCode(200).body("cases.size()", equalTo(0)));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().header("Authorization", "Bearer " + officer)
                        .when().get(stack.serviceUrl("inga-service") + "/privacy/customers/" + customerNumber)
                        .then().statusCode(200).body("enrollments.size()", equalTo(0)));
        openCaseWithKey(token("counsellor"), customerNumber, DEMO_TEAM, caseKey).then().statusCode(410)
                .contentType("application/problem+json").body(not(containsString(customerNumber)));
        enrollWithKey(inga, caseId, enrollmentKey).then().statusCode(410)
                .contentType("application/problem+json").body(not(containsString(customerNumber)));
        PersonalDataSearch search = new PersonalDataSearch(stack);
        assertEquals(List.of(), search.inDatabases(customerNumber), "the customer number in a database");
        assertEquals(List.of(), search.inDatabases(noteText), "the note's text in a database");
        search.compactNow("case-customers");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertEquals(List.of(), search.inKafka(customerNumber), "the customer number in a Kafka record"));
        assertEquals(List.of(), search.inKafka(noteText), "the note's text in a Kafka record");

        String admin = token("reporting-admin");
        given().header("Authorization", "Bearer " + admin).when().post(stack.serviceUrl("reporting-service") + "/rebuild")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().header("Authorization", "Bearer " + admin)
                        .when().get(stack.serviceUrl("reporting-service") + "/rebuild")
                        .then().body("state", equalTo("DONE")));
        assertEquals(before, viewerReports(), "every report's figures after the erasure and a rebuild");
    }

    /** Every report as the reporting viewer reads it (aggregates; no row names an enrollment). */
    private static Map<String, String> viewerReports() {
        Map<String, String> reports = new java.util.TreeMap<>();
        for (String report : List.of("cases", "caseload", "enrollments-over-time", "exits-by-reason",
                "not-purposeful-monitoring", "contact-frequency?groupBy=TEAM", "sgb2-compliance")) {
            reports.put(report, given().header("Authorization", "Bearer " + token("viewer"))
                    .when().get(stack.serviceUrl("reporting-service") + "/reports/" + report)
                    .then().statusCode(200).extract().asString());
        }
        return reports;
    }

    /** deploy/privacy-export.sh, as the data protection officer runs it, against this stack. */
    private static void runPrivacyExport(String customerNumber, Path folder) throws Exception {
        ProcessBuilder script = new ProcessBuilder("bash", Path.of("..", "privacy-export.sh").toString(), customerNumber,
                folder.toString()).redirectErrorStream(true);
        script.environment().putAll(Map.of("KEYCLOAK_URL", stack.keycloakUrl(),
                "CASE_SERVICE_URL", stack.serviceUrl("case-service"),
                "INGA_SERVICE_URL", stack.serviceUrl("inga-service"),
                "ACCESS_SERVICE_URL", stack.serviceUrl("access-service"),
                "REPORTING_SERVICE_URL", stack.serviceUrl("reporting-service")));
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    private static io.restassured.response.Response note(String token, String caseId) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body("{\"type\":\"COUNSELLING\",\"text\":\"Agreed next steps\"}")
                .when().post(stack.serviceUrl("case-service") + "/cases/" + caseId + "/notes");
    }

    @Test
    void dashboardAfterLoginDrawsTheFiguresOfTheJsonReports() throws Exception {
        String counsellor = token("inga-counsellor");
        String ended = enrollAs(counsellor, complexSgb3Case("100A000201"));
        String open = enrollAs(counsellor, complexSgb3Case("100A000202"));
        String waiting = enrollAs(counsellor, complexSgb3Case("100A000203"));
        firstMeetingDueYesterday(waiting);
        for (String enrollment : List.of(ended, open, open)) {
            given().header("Authorization", "Bearer " + counsellor).contentType(ContentType.JSON)
                    .body("{\"form\":\"PHONE\",\"date\":\"" + LocalDate.now(AGENCY_ZONE) + "\"}")
                    .when().post(stack.serviceUrl("inga-service") + "/enrollments/" + enrollment + "/contacts")
                    .then().statusCode(201);
        }
        given().header("Authorization", "Bearer " + counsellor).contentType(ContentType.JSON)
                .body("{\"reason\":\"INTEGRATED_EMPLOYMENT\"}")
                .when().post(stack.serviceUrl("inga-service") + "/enrollments/" + ended + "/exit").then().statusCode(200);
        String cases = stack.serviceUrl("case-service") + "/cases";
        for (boolean withNote : new boolean[] {true, false}) {
            String sgb2 = given().header("Authorization", "Bearer " + token("counsellor")).contentType(ContentType.JSON)
                    .body(caseJson("311").replace("SGB_III", "SGB_II")).when().post(cases)
                    .then().statusCode(201).extract().path("id");
            if (withNote) {
                given().header("Authorization", "Bearer " + token("counsellor")).contentType(ContentType.JSON)
                        .body("{\"type\":\"PROFILING_ASSESSMENT\",\"text\":\"First counselling\"}")
                        .when().post(cases + "/" + sgb2 + "/notes").then().statusCode(201);
            }
        }
        String reports = stack.serviceUrl("reporting-service") + "/reports/";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().header("Authorization", "Bearer " + token("viewer")).get(reports + "exits-by-reason")
                        .then().extract().jsonPath().getList("reason").contains("INTEGRATED_EMPLOYMENT"));

        // one definition of the contact frequency: inga-service's answer is reporting-service's row, on the same data
        for (String enrollment : List.of(ended, open)) {
            Object answered = given().header("Authorization", "Bearer " + counsellor)
                    .get(stack.serviceUrl("inga-service") + "/enrollments/" + enrollment).then().statusCode(200)
                    .extract().path("contactFrequency");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertEquals(answered, given().header("Authorization", "Bearer " + token("teamlead"))
                            .queryParam("groupBy", "ENROLLMENT").get(reports + "contact-frequency").then()
                            .statusCode(200).extract().jsonPath()
                            .get("find { it.key == '" + enrollment + "' }.contactsPerMonth"), enrollment));
        }

        given().header("Authorization", "Bearer " + counsellor).contentType(ContentType.JSON)
                .body("{\"heldOn\":\"" + LocalDate.now(AGENCY_ZONE) + "\"}")
                .post(stack.serviceUrl("inga-service") + "/enrollments/" + open + "/first-meeting").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                !report(reports + "first-meeting-timeliness").getList("$").isEmpty());

        String worklist = stack.serviceUrl("reporting-service") + "/worklist";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> given()
                .header("Authorization", "Bearer " + token("teamlead")).get(worklist).then().statusCode(200).extract()
                .jsonPath().getString("items.find { it.subjectId == '" + waiting + "' }.timerFiredAt") != null);

        // German by default: a browser asking for German, as the viewer (aggregates of every agency, no worklist)
        try (DashboardBrowser browser = new DashboardBrowser("de-DE")) {
            browser.logInAndOpen(stack.serviceUrl("reporting-service") + "/", "viewer", "demo");
            browser.screenshot(Path.of("target", "dashboard.png"));
            browser.screenshot("mis-steering-section", Path.of("target", "dashboard-mis-steering.png"));
            assertEquals("Integrationsarbeit", browser.text("title"));
            assertTrue(browser.text("status").startsWith("Aktualisiert"), browser.text("status"));
            assertChartsShowTheReports(browser, reports, "viewer");
            assertFalse(browser.isShown("worklist-section"), "a reporting viewer keeps no worklist");
        }
        // the demo lead's worklist in German: the team's due dates, the first meeting past its 14 working days marked
        try (DashboardBrowser browser = new DashboardBrowser("de-DE")) {
            browser.logInAndOpen(stack.serviceUrl("reporting-service") + "/", "teamlead", "demo");
            browser.screenshot("worklist-section", Path.of("target", "dashboard-worklist.png"));
            List<Map<String, Object>> items = given().header("Authorization", "Bearer " + token("teamlead"))
                    .queryParam("size", 20).get(worklist).then().statusCode(200).extract().jsonPath().getList("items");
            List<List<String>> rows = browser.tableRows("worklist");
            assertEquals(items.stream().map(item -> ((String) item.get("caseId")).substring(0, 8)).toList(),
                    rows.stream().map(row -> row.get(4)).toList(), "the table's rows are the worklist's, in its order");
            int overdue = items.stream().map(item -> item.get("subjectId")).toList().indexOf(waiting);
            assertEquals(List.of("Erstgespräch", "überfällig"), List.of(rows.get(overdue).get(1),
                    rows.get(overdue).get(3)));
            assertTrue(rows.get(overdue).get(2).endsWith("Arbeitstage"), rows.get(overdue).get(2));
        }
        // English by the switch, as the lead of the demo team (rows naming its counsellors too)
        try (DashboardBrowser browser = new DashboardBrowser("de-DE")) {
            browser.logInAndOpen(stack.serviceUrl("reporting-service") + "/", "teamlead", "demo");
            browser.follow("lang-en", "en");
            browser.screenshot(Path.of("target", "dashboard-en.png"));
            assertEquals("Integration work", browser.text("title"));
            assertTrue(browser.text("status").startsWith("Updated"), browser.text("status"));
            assertChartsShowTheReports(browser, reports, "teamlead");
            assertTrue(numbers(browser.chart("counsellor-caseload", "data")).stream().mapToDouble(Double::doubleValue)
                    .sum() >= 1, "the lead sees the caseload of the team's counsellors");
        }
    }

    /** As time passing would: the enrollment's first meeting was due yesterday, so its timer fires now. */
    private static void firstMeetingDueYesterday(String enrollment) {
        LocalDate today = LocalDate.now(AGENCY_ZONE);
        new Stores(stack).execute("inga_service", "update due_timer set due_on = date '" + today.minusDays(1)
                + "', fires_on = date '" + today + "' where kind = 'FIRST_MEETING' and aggregate_id = '" + enrollment
                + "'");
    }

    /** Every chart holds the figures of its JSON report, as the same user reads it. */
    private static void assertChartsShowTheReports(DashboardBrowser browser, String reports, String user) {
        JsonPath caseload = report(reports + "caseload", user);
        assertEquals(numbers(caseload.getList("openEnrollments")), numbers(browser.chart("caseload", "data")));
        JsonPath exits = report(reports + "exits-by-reason", user);
        assertEquals(exits.getList("reason"), browser.chart("exits", "labels"));
        assertEquals(numbers(exits.getList("exits")), numbers(browser.chart("exits", "data")));
        JsonPath contacts = report(reports + "contact-frequency?groupBy=TEAM", user);
        assertEquals(contacts.getList("key"), browser.chart("contacts", "labels"));
        assertEquals(numbers(contacts.getList("contactsPerMonth")), numbers(browser.chart("contacts", "data")));
        JsonPath sgb2 = report(reports + "sgb2-compliance", user);
        assertEquals(numbers(sgb2.getList("compliancePercent")), numbers(browser.chart("sgb2", "data")));
        JsonPath monitoring = report(reports + "not-purposeful-monitoring", user);
        assertEquals(numbers(monitoring.getList("sharePercent")), numbers(browser.chart("not-purposeful", "data")));
        JsonPath misSteering = report(reports + "mis-steering", user);
        List<Object> points = browser.chart("mis-steering", "data");
        assertEquals(numbers(misSteering.getList("exits")), numbers(points.stream().map(p -> ((Map<?, ?>) p).get("x")).toList()));
        assertEquals(numbers(misSteering.getList("sharePercent")),
                numbers(points.stream().map(p -> ((Map<?, ?>) p).get("y")).toList()));
        String outliers = browser.text("mis-steering-outliers");
        for (Map<String, Object> row : misSteering.<Map<String, Object>>getList("$")) {
            assertEquals(String.valueOf(row.get("flag")).endsWith("OUTER_LIMIT"), outliers.contains((String) row.get("key")),
                    "the outliers named under the funnel plot: " + outliers);
        }
        JsonPath meetings = report(reports + "first-meeting-timeliness", user);
        assertEquals(numbers(meetings.getList("medianWorkingDays")), numbers(browser.chart("first-meeting", "data")));
        JsonPath counsellors = report(reports + "caseload-per-counsellor", user);
        assertEquals(counsellors.getList("ingaCounsellor"), browser.chart("counsellor-caseload", "labels"));
        assertEquals(numbers(counsellors.getList("openEnrollments")),
                numbers(browser.chart("counsellor-caseload", "data")));
        assertTrue(numbers(caseload.getList("openEnrollments")).stream().mapToDouble(Double::doubleValue).sum() >= 1,
                "the dashboard shows data");
    }

    private static JsonPath report(String url) {
        return report(url, "viewer");
    }

    private static JsonPath report(String url, String user) {
        return given().header("Authorization", "Bearer " + token(user)).when().get(url)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Double> numbers(List<?> values) {
        return values.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    private static String enrollAs(String token, String caseId) {
        return enrollAs(token, caseId, UUID.randomUUID().toString());
    }

    private static String enrollAs(String token, String caseId, String idempotencyKey) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> enrollWithKey(token, caseId, idempotencyKey), r -> r.statusCode() == 201)
                .then().extract().path("id");
    }

    private static io.restassured.response.Response openCaseWithKey(String token, String customerNumber, String team,
                                                             String idempotencyKey) {
        return given().header("Authorization", "Bearer " + token).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON)
                .body(caseJson("311").replace("123A456789", customerNumber).replace(DEMO_TEAM, team))
                .when().post(stack.serviceUrl("case-service") + "/cases");
    }

    private static io.restassured.response.Response enrollWithKey(String token, String caseId, String idempotencyKey) {
        return given().header("Authorization", "Bearer " + token).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body("{\"caseId\":\"" + caseId + "\"}")
                .when().post(stack.serviceUrl("inga-service") + "/enrollments");
    }

    /** An SGB III case opened and profiled by the demo counsellor, with needs in two dimensions (DEVELOPMENT). */
    private static String complexSgb3Case(String customerNumber) {
        return complexSgb3Case(customerNumber, DEMO_TEAM);
    }

    private static String complexSgb3Case(String customerNumber, String team) {
        return complexSgb3Case(customerNumber, team, UUID.randomUUID().toString());
    }

    /** As above, opened with the given Idempotency-Key. */
    private static String complexSgb3Case(String customerNumber, String team, String idempotencyKey) {
        String counsellor = token("counsellor");
        String cases = stack.serviceUrl("case-service") + "/cases";
        String caseId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> openCaseWithKey(counsellor, customerNumber, team, idempotencyKey),
                        response -> response.statusCode() == 201)
                .then().extract().path("id");
        given().header("Authorization", "Bearer " + counsellor).contentType(ContentType.JSON)
                .body("""
                        {"strengths":["Reliable"],"needs":[{"dimension":"QUALIFICATION","description":"No degree"},
                         {"dimension":"LABOUR_MARKET_CONDITIONS","description":"Few openings nearby"}],
                         "conclusion":"Long-term support needed"}""")
                .when().put(cases + "/" + caseId + "/profiling").then().statusCode(200);
        given().header("Authorization", "Bearer " + counsellor)
                .when().post(cases + "/" + caseId + "/profiling/complete").then().statusCode(200)
                .body("profileCategory", equalTo("DEVELOPMENT"));
        return caseId;
    }

    private static io.restassured.response.Response enroll(String caseId) {
        return given().header("Authorization", "Bearer " + token("viewer")).contentType(ContentType.JSON)
                .body("{\"caseId\":\"" + caseId + "\"}")
                .when().post(stack.serviceUrl("inga-service") + "/enrollments");
    }

    @Test
    void aRoleGivenInKeycloakBehindAccessServicesBackIsRemovedByReconciliation() {
        String keycloakAdmin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", LocalStack.KEYCLOAK_ADMIN)
                .formParam("password", LocalStack.KEYCLOAK_ADMIN_PASSWORD)
                .when().post(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String realm = stack.keycloakUrl() + "/admin/realms/agency";
        String userId = given().auth().oauth2(keycloakAdmin).queryParam("username", "teamlead")
                .queryParam("exact", true)
                .when().get(realm + "/users").then().statusCode(200).extract().path("[0].id");
        Map<?, ?> role = given().auth().oauth2(keycloakAdmin)
                .when().get(realm + "/roles/" + SGB3).then().statusCode(200).extract().as(Map.class);
        given().auth().oauth2(keycloakAdmin).contentType(ContentType.JSON).body(List.of(role))
                .when().post(realm + "/users/" + userId + "/role-mappings/realm").then().statusCode(204);
        awaitTokenRoles("teamlead", roles -> roles.contains(SGB3));

        given().header("Authorization", "Bearer " + token("access-admin"))
                .when().post(stack.serviceUrl("access-service") + "/keycloak-sync/reconcile")
                .then().statusCode(200);
        awaitTokenRoles("teamlead", roles -> !roles.contains(SGB3) && roles.contains(ADDITIONAL));
    }

    /** Fresh tokens of the user until their realm roles satisfy the expectation. */
    private static void awaitTokenRoles(String user, Predicate<List<String>> expectation) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> expectation.test(realmRoles(token(user))));
    }

    private static List<String> realmRoles(String jwt) {
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.from(claims).getList("realm_access.roles", String.class);
    }

    @Test
    void theTraceOfPostCasesReachesTheConsumersJsonLogLine() {
        String traceParent = openCase(token("counsellor"), uniqueAgency()).then().statusCode(201)
                .extract().header("traceparent");
        String traceId = traceParent.split("-")[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertTrue(Logs.lines(stack, "reporting-service").stream()
                                .filter(line -> line.startsWith("{"))
                                .map(JsonPath::from)
                                .anyMatch(line -> line.getString("message").startsWith("Applied CaseOpened")
                                        && traceId.equals(line.getString("mdc.traceId"))),
                        "reporting-service logged no JSON line of CaseOpened with traceId " + traceId));
    }

    @Test
    void everyServiceServesTheCommittedAsyncApiDocumentWithoutAToken() throws Exception {
        String committed = Files.readString(Path.of("..", "contracts", "asyncapi", "src", "main", "resources", "META-INF", "resources",
                "asyncapi.yaml"));
        for (String service : stack.serviceNames()) {
            String served = given().when().get(stack.serviceUrl(service) + "/asyncapi.yaml")
                    .then().statusCode(200).extract().asString();
            assertEquals(committed, served, service + " serves another AsyncAPI document");
        }
    }
}
