package de.agency.integration.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.agency.integration.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes every committed event, per aggregate in the order recorded: also when relays race (rounds of
 * this replica's relay and of others at the same time, elected by the advisory lock) and when Kafka dies in the middle
 * of a batch. An event may then be published twice, with the same id, for the consumers' inbox to discard; none is
 * lost and none overtakes an earlier one of its aggregate.
 */
@QuarkusTest
@QuarkusTestResource(RelayInfrastructure.class)
class RelayDeliveryTest {

    /** The aggregates of one test run; each test records under keys of its own. */
    private List<String> aggregates;

    @Inject
    Outbox outbox;

    @BeforeEach
    void newAggregates() {
        aggregates = IntStream.range(0, 8).mapToObj(i -> UUID.randomUUID().toString()).toList();
    }

    @Inject
    OutboxRelay relay;

    @Test
    void relaysRacingPublishEachEventOnceInTheOrderOfItsAggregate() {
        // all in one transaction: at its commit, the relay's own round and four more start on the same events
        Map<String, List<UUID>> recorded = QuarkusTransaction.requiringNew().call(() -> record(8, 25));
        List<CompletableFuture<Void>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(CompletableFuture.runAsync(() -> {
                while (QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count()) > 0) {
                    relay.publishBatch();
                }
            }));
        }
        racers.forEach(CompletableFuture::join);

        Map<String, List<String>> onTopic = awaitPublished(recorded);
        recorded.forEach((aggregate, ids) -> assertEquals(ids.stream().map(UUID::toString).toList(),
                onTopic.get(aggregate), "each event of " + aggregate + " once, in order"));
    }

    @Test
    void kafkaDyingWhileTheRelayPublishesLosesNothingAndKeepsEachAggregatesOrder() throws Exception {
        Map<String, List<UUID>> recorded = new LinkedHashMap<>();
        AtomicInteger committed = new AtomicInteger();
        // one transaction per event, as requests record them, while the relay publishes what the commits wake it for
        CompletableFuture<Void> recording = CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 150; round++) {
                Map<String, List<UUID>> batch = QuarkusTransaction.requiringNew().call(() -> record(6, 1));
                synchronized (recorded) {
                    batch.forEach((aggregate, ids) -> recorded.computeIfAbsent(aggregate, a -> new ArrayList<>())
                            .addAll(ids));
                }
                committed.addAndGet(6);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> committed.get() >= 200);
        RelayInfrastructure.broker().kill();
        pause(Duration.ofSeconds(3));
        RelayInfrastructure.broker().start();
        recording.get();

        Map<String, List<String>> onTopic = awaitPublished(recorded);
        recorded.forEach((aggregate, ids) -> assertEquals(ids.stream().map(UUID::toString).toList(),
                onTopic.get(aggregate).stream().distinct().toList(),
                "every event of " + aggregate + ", in order, none lost (a resent copy may follow)"));
    }

    /**
     * {@code events} events for each of {@code aggregates} aggregates (the same aggregates each round when the map
     * is reused: see the caller), in the caller's transaction.
     */
    private Map<String, List<UUID>> record(int aggregates, int events) {
        Map<String, List<UUID>> recorded = new LinkedHashMap<>();
        for (int a = 0; a < aggregates; a++) {
            recorded.put(this.aggregates.get(a), new ArrayList<>());
        }
        for (int e = 0; e < events; e++) {
            int number = e;
            recorded.forEach((aggregate, ids) -> ids.add(outbox.record("test", aggregate, "Counted",
                    Map.of("number", number))));
        }
        return recorded;
    }

    /** Per aggregate, the ids of its events on the topic in topic order, once all recorded ones have arrived. */
    private static Map<String, List<String>> awaitPublished(Map<String, List<UUID>> recorded) {
        Set<String> expected = recorded.values().stream().flatMap(List::stream).map(UUID::toString)
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> TestKafka
                .all(RelayInfrastructure.TOPIC).stream().map(r -> TestKafka.header(r, "ce_id"))
                .collect(Collectors.toSet()).containsAll(expected));
        Map<String, List<String>> byAggregate = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : TestKafka.all(RelayInfrastructure.TOPIC)) {
            if (recorded.containsKey(record.key())) {
                byAggregate.computeIfAbsent(record.key(), key -> new ArrayList<>())
                        .add(TestKafka.header(record, "ce_id"));
            }
        }
        return byAggregate;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
