package de.agency.integration.reporting;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.CustomerNumbers;
import de.agency.integration.testing.PersonalDataInLogs;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class,
        initArgs = @ResourceArg(name = "database", value = "reporting_service"))
class CaseReportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void caseOpenedIsCountedOnceEvenWhenRedelivered() {
        String caseId = UUID.randomUUID().toString();
        String agency = "A" + UUID.randomUUID().toString().substring(0, 8);
        String markerAgency = "M" + UUID.randomUUID().toString().substring(0, 8);
        ProducerRecord<String, String> event = TestKafka.cloudEvent("case-events", caseId,
                UUID.randomUUID().toString(), "CaseOpened", caseOpenedData(caseId, agency));

        TestKafka.send(event);
        TestKafka.send(event);
        // Same key, same partition: once the marker is counted, both copies above have been consumed.
        TestKafka.send(TestKafka.cloudEvent("case-events", caseId, UUID.randomUUID().toString(), "CaseOpened",
                caseOpenedData(UUID.randomUUID().toString(), markerAgency)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, openedCases(markerAgency)));
        assertEquals(1, openedCases(agency));
    }

    @Test
    void poisonRecordGoesToDeadLetterTopicAndConsumptionContinues() {
        String poisonKey = UUID.randomUUID().toString();
        TestKafka.send(new ProducerRecord<>("case-events", poisonKey, "not a cloud event"));
        String brokenDataKey = UUID.randomUUID().toString();
        TestKafka.send(TestKafka.cloudEvent("case-events", brokenDataKey, UUID.randomUUID().toString(),
                "CaseOpened", "{\"caseId\": 42"));
        String agency = "P" + UUID.randomUUID().toString().substring(0, 8);
        TestKafka.send(TestKafka.cloudEvent("case-events", UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), "CaseOpened", caseOpenedData(UUID.randomUUID().toString(), agency)));

        ConsumerRecord<String, String> deadLetter =
                TestKafka.await("reporting-service.case-events.dlq", r -> poisonKey.equals(r.key()));
        assertEquals("not a cloud event", deadLetter.value());
        TestKafka.await("reporting-service.case-events.dlq", r -> brokenDataKey.equals(r.key()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, openedCases(agency)));
    }

    @Test
    void aRejectedEventsContentReachesNoLogLine() {
        String key = UUID.randomUUID().toString();
        // a producer's bug: personal data where a day belongs; the parser's message would quote it
        TestKafka.send(TestKafka.cloudEvent("case-events", key, UUID.randomUUID().toString(), "CaseOpened",
                caseOpenedData(key, "A1").replace("\"2026-11-24T08:00:00Z\"", "\"517K304419\"")));

        ConsumerRecord<String, String> deadLetter =
                TestKafka.await("reporting-service.case-events.dlq", r -> key.equals(r.key()));
        assertTrue(deadLetter.value().contains("517K304419"), "the record itself is kept for the redrive");
        assertEquals(List.of(), TestKafka.header(deadLetter, "dead-letter-reason") == null ? List.of()
                : CustomerNumbers.ANY.matcher(TestKafka.header(deadLetter, "dead-letter-reason")).results()
                .map(MatchResult::group).toList(), "no customer number in the dead letter's reason");
        PersonalDataInLogs.assertNoCustomerNumbers(PersonalDataInLogs.TEST_LOG);
    }

    @Test
    void anEffectFailingForAPassingReasonIsRetriedNotDeadLettered() throws Exception {
        String agency = "R" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        String warmUpAgency = "W" + UUID.randomUUID().toString().substring(0, 8);
        TestKafka.send(TestKafka.cloudEvent("case-events", key, UUID.randomUUID().toString(), "CaseOpened",
                caseOpenedData(UUID.randomUUID().toString(), warmUpAgency)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, openedCases(warmUpAgency)));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table case_fact rename to case_fact_away");
            try {
                // The consumer is live on this key's partition: its first attempts fail while the table is away.
                String eventId = UUID.randomUUID().toString();
                TestKafka.send(TestKafka.cloudEvent("case-events", key, eventId, "CaseOpened",
                        caseOpenedData(UUID.randomUUID().toString(), agency)));
                await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(PersonalDataInLogs.TEST_LOG)
                        .contains("CaseOpened " + eventId + " failed (attempt 1 of "));
            } finally {
                statement.execute("alter table case_fact_away rename to case_fact");
            }
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1, openedCases(agency)));
    }

    @Test
    void reportNeedsToken() {
        given().when().get("/reports/cases").then().statusCode(401);
    }

    @Test
    void reportNeedsReportingViewerRole() {
        given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .when().get("/reports/cases")
                .then().statusCode(403);
    }

    private static int openedCases(String agency) {
        Integer cases = given().header("Authorization", bearer("viewer", "REPORTING_VIEWER"))
                .when().get("/reports/cases")
                .then().statusCode(200)
                .extract().path("byAgency.find { it.agency == '" + agency + "' }.cases");
        return cases == null ? 0 : cases;
    }

    /** CaseOpened data as case-service publishes it; checked against the contract so that the test cannot drift. */
    private static String caseOpenedData(String caseId, String agency) {
        String data = """
                {"schemaVersion":1,"caseId":"%s","customerNumber":"123A456789","legalDomain":"SGB_III",
                 "agency":"%s","team":"X90-1","counsellor":"c","phase":"PROFILING","openedAt":"2026-11-24T08:00:00Z"}
                """.formatted(caseId, agency);
        EventContract.assertAccepted("CaseOpened", data);
        return data;
    }
}
