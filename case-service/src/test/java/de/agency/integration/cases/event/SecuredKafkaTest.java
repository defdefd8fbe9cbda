package de.agency.integration.cases.event;

import static de.agency.integration.testing.Tokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.cases.workflow.Memberships;
import de.agency.integration.inbox.InboxRetention;
import de.agency.integration.testing.CustomerNumbers;
import de.agency.integration.testing.PostgresAndSecuredKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * Against a Kafka that takes only SASL-authenticated clients, case-service's own Kafka clients use the security
 * settings ops give as {@code kafka.*}, as its channels do: the topic settings (the compacted {@code case-customers}
 * is created with them) and the inbox retention (whose consumed topics do not exist yet on this broker).
 */
@QuarkusTest
@TestProfile(SecuredKafkaTest.SecuredKafka.class)
class SecuredKafkaTest {

    /** The secured broker instead of the shared plain one. */
    public static class SecuredKafka implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class),
                    new TestResourceEntry(PostgresAndSecuredKafkaResource.class, Map.of("database", "case_service")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    InboxRetention retention;

    @Test
    void theTopicSettingsTheRelayAndTheInboxRetentionAllAuthenticate() throws Exception {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertEquals("compact", topicConfig("case-customers").get("cleanup.policy").value());
            assertEquals("-1", topicConfig("case-events").get("retention.ms").value());
        });
        assertEquals(0, retention.purge(), "the consumed topics do not exist yet: none holds an id back");

        Memberships.counsellor("secured-counsellor", "X90-412-A");
        String caseId = given().header("Authorization", bearer("secured-counsellor", "COUNSELLOR"))
                .contentType(ContentType.JSON)
                .body("""
                        {"customerNumber":"%s","legalDomain":"SGB_III","agency":"412","team":"X90-412-A",
                         "counsellor":"secured-counsellor"}""".formatted(CustomerNumbers.next()))
                .post("/cases").then().statusCode(201).extract().path("id");
        TestKafka.await("case-events", record -> caseId.equals(record.key()));
    }

    private static Config topicConfig(String topic) throws Exception {
        try (Admin admin = Admin.create(TestKafka.clientConfig(Map.of()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(resource)).all().get().get(resource);
        }
    }
}
