package de.agency.integration.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Demo data: the X90 team memberships of the demo users, published as access-service's
 * {@code TeamMembershipChanged} events so that case-service's replica knows them. Stands in for access-service
 * until it publishes memberships itself (access issue); then the stack seeds them through its API instead.
 */
final class DemoMemberships {

    static final String TEAM = "X90-311-INGA1";

    private record Membership(String userId, String function) {
    }

    private static final List<Membership> MEMBERSHIPS = List.of(
            new Membership("counsellor", "COUNSELLOR"),
            new Membership("inga-counsellor", "COUNSELLOR"),
            new Membership("teamlead", "TEAM_LEAD"));

    private DemoMemberships() {
    }

    static void publish(String bootstrapServers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (Membership membership : MEMBERSHIPS) {
                producer.send(record(membership)).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot publish the demo memberships", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProducerRecord<String, String> record(Membership membership) {
        String data = """
                {"schemaVersion":1,"userId":"%s","team":"%s","teamType":"INGA","agency":"311","function":"%s",\
                "change":"JOINED","effectiveOn":"2019-01-02"}""".formatted(membership.userId(), TEAM, membership.function());
        ProducerRecord<String, String> record = new ProducerRecord<>("access-events", membership.userId(), data);
        Map.of("ce_specversion", "1.0",
                        "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "TeamMembershipChanged",
                        "ce_source", "urn:agency:devstack-demo-data",
                        "ce_time", Instant.now().toString(),
                        "ce_subject", "user/" + membership.userId(),
                        "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
