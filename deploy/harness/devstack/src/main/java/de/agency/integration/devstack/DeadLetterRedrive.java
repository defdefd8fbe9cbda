package de.agency.integration.devstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Re-drives a dead-letter topic (started by {@code deploy/redrive-dead-letters.sh}): every CloudEvent in it that was not
 * re-driven before goes back to the topic it came from, with its key, id and data, so that it passes the normal
 * consumers and their inboxes again once the cause is fixed. The consumer group that dead-lettered it applies it now;
 * the groups that applied it before see its id again and discard it. A record that is no CloudEvent (poison) cannot
 * be fixed by a replay and is skipped. What was re-driven is remembered by the consumer group
 * {@code <dead-letter-topic>.redrive}, so a second run takes only what arrived since.
 */
public final class DeadLetterRedrive {

    /** Headers SmallRye's dead-letter strategy adds (reason, cause, original topic, partition, offset). */
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";

    /** What a run did. */
    public record Result(String deadLetterTopic, String targetTopic, int redriven, int skipped) {
    }

    private DeadLetterRedrive() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: DeadLetterRedrive <dead-letter-topic> [bootstrap-servers]");
            System.exit(2);
        }
        Result result = redrive(args.length > 1 ? args[1] : "localhost:9092", args[0]);
        System.out.printf("Re-drove %d event(s) from %s to %s; skipped %d record(s) that are no CloudEvent.%n",
                result.redriven(), result.deadLetterTopic(), result.targetTopic(), result.skipped());
    }

    /** The topic a dead-letter topic belongs to: {@code reporting-service.case-events.dlq} -> {@code case-events}. */
    static String targetTopic(String deadLetterTopic) {
        String[] parts = deadLetterTopic.split("\\.");
        if (parts.length != 3 || !parts[2].equals("dlq")) {
            throw new IllegalArgumentException("Not a dead-letter topic <service>.<topic>.dlq: " + deadLetterTopic);
        }
        return parts[1];
    }

    public static Result redrive(String bootstrapServers, String deadLetterTopic) {
        String target = targetTopic(deadLetterTopic);
        int redriven = 0;
        int skipped = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, deadLetterTopic + ".redrive",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            Set<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition())).collect(Collectors.toSet());
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.headers().lastHeader("ce_id") == null || record.value() == null) {
                        skipped++;
                    } else {
                        producer.send(new ProducerRecord<>(target, null, record.key(), record.value(),
                                withoutDeadLetterHeaders(record))).get();
                        redriven++;
                    }
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
            }
            consumer.commitSync(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot send to " + target, e.getCause());
        }
        return new Result(deadLetterTopic, target, redriven, skipped);
    }

    private static List<Header> withoutDeadLetterHeaders(ConsumerRecord<String, String> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        return List.of(headers.toArray());
    }
}
