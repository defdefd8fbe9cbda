package de.agency.integration.reporting;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.inbox.InboxRetention;
import de.agency.integration.testing.AccessMatrix.Caller;
import de.agency.integration.testing.PostgresAndSecuredKafkaResource;
import de.agency.integration.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/**
 * Against a Kafka that takes only SASL-authenticated clients, every Kafka client of reporting-service works with the
 * security settings ops give as {@code kafka.*}: the channels, the inbox retention (which also skips consumed topics
 * that do not exist yet) and the rebuild's own consumer.
 */
@QuarkusTest
@TestProfile(SecuredKafkaTest.SecuredKafka.class)
class SecuredKafkaTest {

    /** The secured broker instead of the shared plain one. */
    public static class SecuredKafka implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class),
                    new TestResourceEntry(PostgresAndSecuredKafkaResource.class,
                            Map.of("database", "reporting_service")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    static final Caller ADMIN = Caller.of("reporting-admin", "REPORTING_ADMIN");
    static final Caller VIEWER = Caller.of("viewer", "REPORTING_VIEWER");

    @Inject
    InboxRetention retention;

    @Test
    void theChannelsTheInboxRetentionAndTheRebuildAllAuthenticate() throws Exception {
        assertEquals(0, retention.purge(), "no consumed topic exists yet: nothing to read, nothing held back");
        try (Admin admin = Admin.create(TestKafka.clientConfig(Map.of()))) {
            admin.createTopics(List.of("case-events", "inga-events", "access-events").stream()
                    .map(topic -> new NewTopic(topic, 3, (short) 1).configs(Map.of("retention.ms", "-1"))).toList())
                    .all().get();
        }
        String agency = "S" + UUID.randomUUID().toString().substring(0, 6);
        Events events = new Events();
        for (int i = 0; i < 5; i++) {
            events.caseOpened(UUID.randomUUID().toString(), agency, "X90-" + agency, "SGB_III", "2026-01-05");
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> VIEWER.request().get("/reports/cases").then()
                .body("byAgency.find { it.agency == '" + agency + "' }.cases", equalTo(5)));

        assertEquals(0, retention.purge(), "the event topics keep their events, so the inbox keeps their ids");

        ADMIN.request().post("/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ADMIN.request().get("/rebuild").then()
                .body("state", equalTo("DONE")));
        VIEWER.request().get("/reports/cases").then()
                .body("byAgency.find { it.agency == '" + agency + "' }.cases", equalTo(5));
    }
}
