package de.agency.integration.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reading the event topics from their beginning: reporting-service's rebuild against a plain Kafka consumer. */
final class Replay {

    /** Events read and the seconds it took. */
    record Result(long events, double seconds) {

        double perSecond() {
            return events / seconds;
        }
    }

    private Replay() {
    }

    /** The raw baseline: a plain consumer reads the topics one after the other, to their end, and only counts. */
    static Result plainConsumer(String bootstrapServers, List<String> topics) {
        long begin = System.nanoTime();
        long events = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    events += consumer.poll(Duration.ofMillis(500)).count();
                }
            }
        }
        return new Result(events, (System.nanoTime() - begin) / 1e9);
    }

    /** {@code POST /rebuild} of reporting-service, followed until it is done; the time is the service's own. */
    static Result rebuild(Api api) {
        api.post("reporting-service", "/rebuild", "reporting-admin", 202);
        JsonNode progress = api.get("reporting-service", "/rebuild", "reporting-admin");
        while ("RUNNING".equals(progress.path("state").asText())) {
            Pause.of(Duration.ofMillis(50));
            progress = api.get("reporting-service", "/rebuild", "reporting-admin");
        }
        if (!"DONE".equals(progress.path("state").asText())) {
            throw new IllegalStateException("The rebuild ended " + progress);
        }
        long events = 0;
        for (JsonNode topic : progress.path("topics")) {
            events += Long.parseLong(topic.asText().split(" of ")[0]);
        }
        Duration took = Duration.between(OffsetDateTime.parse(progress.path("startedAt").asText()),
                OffsetDateTime.parse(progress.path("finishedAt").asText()));
        return new Result(events, took.toNanos() / 1e9);
    }

}
