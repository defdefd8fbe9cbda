package de.agency.integration.access.rest;

import static de.agency.integration.access.AccessApi.as;
import static de.agency.integration.access.AccessApi.asAdmin;
import static de.agency.integration.access.AccessApi.newUser;
import static io.restassured.RestAssured.given;
import static de.agency.integration.testing.Tokens.bearer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.access.domain.Membership;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.testing.TestKafka;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import de.agency.integration.testing.PostgresAndKafkaResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bulk import of X90 memberships: same rules, all or nothing, idempotent. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "access_service"))
class MembershipImportTest {

    private static final String HEADER = "x90,teamType,agency,userId,function,startDate,endDate\n";

    @Test
    void csvImportReportsPerRowAndAReimportChangesNothing() {
        String inga = team();
        String mixed = team();
        String early = newUser();
        String late = newUser();
        String lead = newUser();
        String former = newUser();
        String csv = HEADER
                + inga + ",INGA,311," + early + ",COUNSELLOR,2019-06-15,\n"
                + inga + ",INGA,311," + late + ",COUNSELLOR,2019-06-16,\n"
                + mixed + ",MIXED,312," + lead + ",TEAM_LEAD,2019-01-01,\n"
                + "\"" + inga + "\",INGA,311," + former + ",COUNSELLOR,2018-01-01,2018-12-31\n";

        importCsv(csv).then().statusCode(200)
                .body("rows", equalTo(4))
                .body("results.outcome", contains("GRANTED", "REQUEST_NEEDED", "REQUEST_NEEDED", "ENDED"))
                .body("results.role", contains("INTEGRATION_COUNSELLOR_SGB3", "INTEGRATION_COUNSELLOR_SGB3",
                        "INGA_ADDITIONAL_PERMISSION", null))
                .body("outcomes.REQUEST_NEEDED", equalTo(2));
        asAdmin().get("/users/{userId}/roles", early).then().body("cause", contains("AUTO_FROM_X90"));

        importCsv(csv).then().statusCode(200).body("results.outcome", everyItem(equalTo("UNCHANGED")));
        asAdmin().get("/users/{userId}/roles", early).then().body("role", contains("INTEGRATION_COUNSELLOR_SGB3"));
        assertNothingPublishedSinceTheFirstImport(List.of(early, late, lead, former), 6);
    }

    /**
     * Publishes a marker event (DeputyAssigned, keyed like the users' other events) per user: if the re-import had
     * published anything, some marker would not be among the first records of these users.
     */
    private static void assertNothingPublishedSinceTheFirstImport(List<String> users, int firstImportEvents) {
        LocalDate today = LocalDate.now(AgencyClock.ZONE);
        for (String user : users) {
            asAdmin().body("{\"counsellorId\":\"" + user + "\",\"deputyId\":\"marker\",\"validFrom\":\"" + today
                    + "\",\"validUntil\":\"" + today + "\"}").post("/deputies").then().statusCode(201);
        }
        List<ConsumerRecord<String, String>> records = TestKafka.awaitAll("access-events",
                r -> users.contains(r.key()), firstImportEvents + users.size());
        assertEquals(users.size(), records.stream()
                .filter(r -> "DeputyAssigned".equals(TestKafka.header(r, "ce_type"))).count(),
                "events of the users before the markers: " + records.stream()
                        .map(r -> TestKafka.header(r, "ce_type")).toList());
    }

    @Test
    void jsonImportEndsAnOpenMembershipAndRevokesItsRole() {
        String inga = team();
        String user = newUser();
        asAdmin().body("[" + row(inga, user, "2019-01-01", null) + "]").post("/memberships/import")
                .then().statusCode(200).body("results[0].outcome", equalTo("GRANTED"));

        asAdmin().body("[" + row(inga, user, "2019-01-01", "2026-03-31") + "]").post("/memberships/import")
                .then().statusCode(200).body("results[0].outcome", equalTo("ENDED"));
        asAdmin().get("/users/{userId}/roles", user).then().body("$", empty());
    }

    @Test
    void aFileWithOneBadRowChangesNothing() {
        String inga = team();
        String first = newUser();
        String second = newUser();
        String csv = HEADER
                + inga + ",INGA,311," + first + ",COUNSELLOR,2019-01-01,\n"
                + inga + ",INGA,311," + second + ",COUNSELLOR,2019-13-01,\n";
        importCsv(csv).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("rows[1].startDate"));

        String blank = HEADER + inga + ",INGA,311,,COUNSELLOR,2019-01-01,\n"
                + "X90 bad,INGA,311," + second + ",COUNSELLOR,2019-01-01,2018-01-01\n";
        importCsv(blank).then().statusCode(400)
                .body("violations.field", contains("rows[0].userId", "rows[1].endDate", "rows[1].x90"));

        String contradicting = HEADER
                + inga + ",INGA,311," + first + ",COUNSELLOR,2019-01-01,\n"
                + inga + ",INGA,311," + first + ",COUNSELLOR,2020-01-01,\n";
        importCsv(contradicting).then().statusCode(422).body("rule", equalTo("IMPORT_REJECTED"))
                .body("violations[0].field", equalTo("rows[1]"));

        asAdmin().body("{\"type\":\"INGA\",\"agency\":\"311\"}").put("/teams/{x90}", inga).then().statusCode(201);
        importCsv(HEADER + inga + ",MIXED,311," + second + ",COUNSELLOR,2019-01-01,\n").then().statusCode(422)
                .body("violations[0].field", equalTo("rows[0].teamType"));
        importCsv("x90,colour\n" + inga + ",blue\n").then().statusCode(400);

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Membership.count("userId in ?1",
                List.of(first, second))));
    }

    @Test
    void thousandsOfRowsInOneFile() {
        String inga = team();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            csv.append(inga).append(",INGA,311,bulk-").append(UUID.randomUUID()).append(",COUNSELLOR,")
                    .append(i % 2 == 0 ? "2019-06-01" : "2020-06-01").append(",\n");
        }
        long start = System.nanoTime();
        importCsv(csv.toString()).then().statusCode(200).body("outcomes.GRANTED", equalTo(1500))
                .body("outcomes.REQUEST_NEEDED", equalTo(1500));
        System.out.printf("Imported 3000 memberships in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        importCsv(csv.toString()).then().statusCode(200).body("outcomes.UNCHANGED", equalTo(3000));
    }

    @Test
    void aRetriedImportWithItsKeyAnswersTheFirstReportAndChangesNothingMore() {
        String inga = team();
        String user = newUser();
        String key = java.util.UUID.randomUUID().toString();
        String body = "[" + row(inga, user, "2019-01-01", null) + "]";

        asAdmin().header("Idempotency-Key", key).body(body).post("/memberships/import")
                .then().statusCode(200).body("results[0].outcome", equalTo("GRANTED"));
        asAdmin().header("Idempotency-Key", key).body(body).post("/memberships/import")
                .then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("results[0].outcome", equalTo("GRANTED"));
        asAdmin().body(body).post("/memberships/import")
                .then().statusCode(200).body("results[0].outcome", equalTo("UNCHANGED"));

        asAdmin().header("Idempotency-Key", key).body("[" + row(inga, newUser(), "2019-01-01", null) + "]")
                .post("/memberships/import").then().statusCode(422)
                .body("rule", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void onlyAccessAdminsImport() {
        as("lead", "TEAM_LEAD").body("[]").post("/memberships/import").then().statusCode(403);
        given().header("Authorization", bearer("lead", "TEAM_LEAD")).contentType("text/csv").body(HEADER)
                .post("/memberships/import").then().statusCode(403);
    }

    private static io.restassured.response.Response importCsv(String csv) {
        return given().header("Authorization", bearer("admin", "ACCESS_ADMIN")).contentType("text/csv").body(csv)
                .post("/memberships/import");
    }

    private static String row(String team, String user, String start, String end) {
        return """
                {"x90":"%s","teamType":"INGA","agency":"311","userId":"%s","function":"COUNSELLOR","startDate":"%s"%s}"""
                .formatted(team, user, start, end == null ? "" : ",\"endDate\":\"" + end + "\"");
    }

    private static String team() {
        return "X90-I" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
