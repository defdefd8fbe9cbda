package de.agency.integration.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * When the effects of opened cases show, measured from the case-service's 201 (the commit happened before it): on
 * {@code case-events} as read by a plain Kafka consumer (the raw baseline: relay plus broker), and in reporting-service's
 * read model {@code case_fact} (relay, broker, consumer, inbox, projection), looked up every 2 ms.
 */
final class EventLatency implements AutoCloseable {

    /** Latencies in microseconds from the response to the record on the topic and to the row in the read model. */
    record Histograms(Histogram kafka, Histogram reporting) {
    }

    private final Map<String, Long> responded = new ConcurrentHashMap<>();
    private final Map<String, Long> onTopic = new ConcurrentHashMap<>();
    private final Map<String, Long> inReadModel = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> watchers;

    EventLatency(String bootstrapServers, String reportingJdbcUrl) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor("case-events").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        watchers = List.of(new Thread(() -> readTopic(consumer), "latency-kafka"),
                new Thread(() -> readReadModel(reportingJdbcUrl), "latency-reporting"));
        watchers.forEach(Thread::start);
    }

    /** The service answered 201 for the case now. */
    void responded(String caseId) {
        responded.put(caseId, System.nanoTime());
    }

    /** Whether both effects of the case have shown. */
    boolean seen(String caseId) {
        return onTopic.containsKey(caseId) && inReadModel.containsKey(caseId);
    }

    /** Waits until both effects of every case have shown, then returns their latencies. */
    Histograms await(Collection<String> caseIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caseIds.stream().allMatch(this::seen)) {
            if (System.nanoTime() > deadline) {
                long missing = caseIds.stream().filter(id -> !seen(id)).count();
                throw new IllegalStateException(missing + " of " + caseIds.size() + " cases not seen within " + timeout);
            }
            Pause.of(Duration.ofMillis(1));
        }
        Histogram kafka = new Histogram(3);
        Histogram reporting = new Histogram(3);
        for (String id : caseIds) {
            long answered = responded.get(id);
            kafka.recordValue(Math.max(0, onTopic.get(id) - answered) / 1000);
            reporting.recordValue(Math.max(0, inReadModel.get(id) - answered) / 1000);
        }
        return new Histograms(kafka, reporting);
    }

    private void readTopic(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                    onTopic.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        }
    }

    private void readReadModel(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "reporting_service", "reporting_service");
             PreparedStatement query = connection.prepareStatement(
                     "select case_id::text from case_fact where case_id = any(?::uuid[])")) {
            while (running.get()) {
                List<String> pending = responded.keySet().stream().filter(id -> !inReadModel.containsKey(id)).toList();
                if (!pending.isEmpty()) {
                    Array ids = connection.createArrayOf("text", pending.toArray());
                    query.setArray(1, ids);
                    try (ResultSet found = query.executeQuery()) {
                        while (found.next()) {
                            inReadModel.putIfAbsent(found.getString(1), System.nanoTime());
                        }
                    }
                }
                Pause.of(Duration.ofMillis(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot watch reporting's case_fact", e);
        }
    }


    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread watcher : watchers) {
            watcher.join();
        }
    }
}
