package de.agency.integration.cases.event;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.contracts.EventContract;
import de.agency.integration.testing.PostgresAndKafkaResource;
import de.agency.integration.testing.TestKafka;
import de.agency.integration.cases.workflow.Memberships;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresAndKafkaResource.class, initArgs = @ResourceArg(name = "database", value = "case_service"))
class CaseOpenedPublicationTest {

    @BeforeEach
    void memberships() {
        Memberships.counsellor("counsellor", "X90-411-A");
    }

    @Test
    void openedCaseIsPublishedAsBinaryCloudEventKeyedByCaseId_itsCustomerNumberOnTheCompactedTopicAlone() throws Exception {
        String caseId = given().header("Authorization", bearer("counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON)
                .body("""
                        {"customerNumber":"987B654321","legalDomain":"SGB_II","agency":"411","team":"X90-411-A","counsellor":"counsellor"}
                        """)
                .when().post("/cases")
                .then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> record = TestKafka.await("case-events", r -> caseId.equals(r.key()));

        assertEquals("CaseOpened", header(record, "ce_type"));
        assertEquals("urn:agency:case-service", header(record, "ce_source"));
        assertEquals("case/" + caseId, header(record, "ce_subject"));
        assertEquals("1.0", header(record, "ce_specversion"));
        assertNotNull(UUID.fromString(header(record, "ce_id")));
        assertNotNull(header(record, "ce_time"));
        EventContract.assertConforms("CaseOpened", record.value());
        JsonNode data = new ObjectMapper().readTree(record.value());
        assertEquals(2, data.get("schemaVersion").asInt());
        assertFalse(record.value().contains("987B654321"), "no customer number on case-events");
        assertEquals(caseId, data.get("caseId").asText());
        assertEquals("SGB_II", data.get("legalDomain").asText());
        assertEquals("PROFILING", data.get("phase").asText());

        ConsumerRecord<String, String> customer = TestKafka.await("case-customers", r -> caseId.equals(r.key()));
        assertEquals("CaseCustomer", header(customer, "ce_type"));
        EventContract.assertConforms("CaseCustomer", customer.value());
        assertEquals("987B654321", new ObjectMapper().readTree(customer.value()).get("customerNumber").asText(),
                "the customer number goes to the compacted topic case-customers alone");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return Optional.ofNullable(TestKafka.header(record, name))
                .orElseThrow(() -> new AssertionError("Header " + name + " missing"));
    }
}
