package de.agency.integration.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.contracts.EventContract;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The consumer example of the README: what an integration team writes to follow the agency's events with the plain
 * Kafka client and the CloudEvents SDK ({@code io.cloudevents:cloudevents-kafka}), each event's data checked against
 * its schema in the AsyncAPI document (artifact {@code event-contracts}) before it is handled. Offsets are committed after
 * the handler ran: an event may come twice after a crash, so the handler must be idempotent (the event id is the key
 * to remember).
 */
public final class IntegrationTeamConsumer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, CloudEvent> consumer;

    public IntegrationTeamConsumer(String bootstrapServers, String groupId, List<String> topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class));
        consumer.subscribe(topics);
    }

    /** Hands every event of one poll, with its data, to the handler; then commits the offsets. */
    public void poll(BiConsumer<CloudEvent, JsonNode> handler) {
        for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofSeconds(1))) {
            CloudEvent event = record.value();
            String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
            List<String> violations = EventContract.violations(event.getType(), data);
            if (!violations.isEmpty()) {
                throw new IllegalStateException(event.getType() + " " + event.getId() + " breaks its contract: "
                        + violations);
            }
            handler.accept(event, parse(data));
        }
        consumer.commitSync();
    }

    private static JsonNode parse(String data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
