package de.agency.integration.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain Kafka clients against the broker of the service under test, for producing and awaiting records. */
public final class TestKafka {

    private TestKafka() {
    }

    /** A record in CloudEvents binary mode, as the services' outbox relays write them. */
    public static ProducerRecord<String, String> cloudEvent(String topic, String key, String id, String type,
                                                            String jsonData) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, jsonData);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", type);
        header(record, "ce_source", "urn:agency:test");
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        return record;
    }

    public static void send(ProducerRecord<String, String> record) {
        sendAll(List.of(record));
    }

    /** Sends the records in their order through one producer and waits until the broker has them all. */
    public static void sendAll(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(clientConfig(Map.of()),
                new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot send test records", e);
        }
    }

    /** The first record on the topic, from its beginning, that matches; fails after 30 seconds. */
    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match) {
        return awaitAll(topic, match, 1).get(0);
    }

    /** The first {@code count} records on the topic, from its beginning, that match, in order; fails after 30 s. */
    public static List<ConsumerRecord<String, String>> awaitAll(String topic,
                                                                Predicate<ConsumerRecord<String, String>> match,
                                                                int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Map<String, Object> config = clientConfig(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                    if (found.size() == count) {
                        return found;
                    }
                }
            }
        }
        throw new AssertionError(found.size() + " instead of " + count + " matching records on " + topic + " within 30 s");
    }

    /**
     * The records of {@code key}, in order, before the first of them whose value contains {@code marker}, once that
     * one is on the topic: a test makes the producer emit the marker after what it checks, and as order per key holds,
     * every record of the key committed before it is there by then.
     */
    public static List<ConsumerRecord<String, String>> before(String topic, String key, String marker) {
        await(topic, r -> key.equals(r.key()) && r.value() != null && r.value().contains(marker));
        List<ConsumerRecord<String, String>> before = new ArrayList<>();
        for (ConsumerRecord<String, String> record : all(topic)) {
            if (key.equals(record.key())) {
                if (record.value() != null && record.value().contains(marker)) {
                    return before;
                }
                before.add(record);
            }
        }
        throw new AssertionError("The marker " + marker + " of " + key + " left " + topic);
    }

    /** Every record on the topic at this moment, from its beginning, over all partitions. */
    public static List<ConsumerRecord<String, String>> all(String topic) {
        Map<String, Object> config = clientConfig(Map.of());
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Could not read " + topic + " to its end within 30 s");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /** The value of a header as text, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The Kafka configuration of the service under test ({@code kafka.*}: its broker and, against a secured broker,
     * the security settings), with the client's own settings on top.
     */
    public static Map<String, Object> clientConfig(Map<String, Object> clientSettings) {
        var config = ConfigProvider.getConfig();
        Map<String, Object> client = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.")) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> client.put(name.substring("kafka.".length()), value));
            }
        }
        client.putAll(clientSettings);
        return client;
    }
}
