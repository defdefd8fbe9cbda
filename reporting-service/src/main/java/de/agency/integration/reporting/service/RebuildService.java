package de.agency.integration.reporting.service;

import de.agency.integration.inbox.Inbox;
import de.agency.integration.kafka.KafkaClientConfig;
import de.agency.integration.inbox.PoisonEventException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Drops the read models and replays every topic from its beginning up to where it stood when the rebuild began,
 * through the same projections and inbox as the live consumers, many events per transaction, several partitions side
 * by side ({@link RebuildConfig#partitionsAtOnce()}). Live consumption pauses meanwhile on every replica
 * ({@link LiveConsumption}) and then applies what came since, each event once. One rebuild at a time across all
 * replicas: the replica that runs it holds a PostgreSQL advisory lock ({@link #REBUILD_LOCK}) and the live lock until
 * it ends; the database lets both go if the replica dies.
 */
@ApplicationScoped
public class RebuildService {

    /** Where a rebuild stands; {@code topics} maps each topic to events replayed of those to replay. */
    public record Progress(String state, @Schema(nullable = true) OffsetDateTime startedAt,
                           @Schema(nullable = true) OffsetDateTime finishedAt,
                           Map<String, String> topics, long skippedPoison, @Schema(nullable = true) String error) {
    }

    /** Key of the session-level advisory lock held while a rebuild runs ("rebuild" in ASCII). */
    public static final long REBUILD_LOCK = 0x72656275696c64L;

    /** Teams and roles first, then the cases, then the Inga enrollments of those cases: the order they arise in. */
    private static final List<String> TOPIC_ORDER = List.of("access-events", "case-events", "inga-events");

    private static final String[] READ_MODELS = {"case_fact", "enrollment_fact", "contact_fact",
            "early_exit_refusal", "inga_team_member", "role_holding", "team_lead", "referral_fact",
            "first_meeting_fact", "certification_fact", "reflection_day_fact", "worklist_item",
            "deputy_replica"};

    /** In {@link #TOPIC_ORDER}: the order of the replay and of the progress. */
    private final List<Projection> projections;
    private final Inbox inbox;
    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final KafkaClientConfig kafka;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "rebuild"));
    /** Replays partitions side by side, as live consumption does with one replica per partition. */
    private final ExecutorService replayers;

    private final Map<String, AtomicLong[]> counts = new LinkedHashMap<>();
    private final AtomicLong skipped = new AtomicLong();
    private volatile String state = "NEVER_RUN";
    private volatile OffsetDateTime startedAt;
    private volatile OffsetDateTime finishedAt;
    private volatile String error;
    /** The connection holding {@link #REBUILD_LOCK} while this replica rebuilds. */
    private Connection lockHolder;

    RebuildService(Instance<Projection> projections, Inbox inbox, EntityManager entityManager,
                   AgroalDataSource dataSource, KafkaClientConfig kafka, RebuildConfig config) {
        this.projections = projections.stream()
                .sorted(Comparator.comparingInt(p -> TOPIC_ORDER.indexOf(p.topic()))).toList();
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.kafka = kafka;
        AtomicInteger replayer = new AtomicInteger();
        this.replayers = Executors.newFixedThreadPool(config.partitionsAtOnce(),
                r -> new Thread(r, "rebuild-" + replayer.incrementAndGet()));
    }

    /** @return false if a rebuild is running already, here or on another replica */
    public synchronized boolean start() {
        if ("RUNNING".equals(state) || !lockAcrossReplicas()) {
            return false;
        }
        startedAt = OffsetDateTime.now();
        finishedAt = null;
        error = null;
        skipped.set(0);
        counts.clear();
        projections.forEach(p -> counts.put(p.topic(), new AtomicLong[] {new AtomicLong(), new AtomicLong()}));
        state = "RUNNING";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("truncate table " + String.join(", ", READ_MODELS)).executeUpdate();
                inbox.forgetProcessedEvents();
            });
        } catch (RuntimeException e) {
            error = e.getMessage();
            finishedAt = OffsetDateTime.now();
            unlockAcrossReplicas();
            state = "FAILED";
            throw e;
        }
        executor.submit(this::replayAll);
        return true;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        replayers.shutdownNow();
    }

    public Progress progress() {
        Map<String, String> topics = new LinkedHashMap<>();
        counts.forEach((topic, c) -> topics.put(topic, c[0].get() + " of " + c[1].get()));
        return new Progress(state, startedAt, finishedAt, topics, skipped.get(), error);
    }

    /** Ends with the state last: who sees DONE sees the end time too, and may start the next rebuild at once. */
    private void replayAll() {
        String outcome = "FAILED";
        try {
            for (List<PartitionReplay> topic : plan()) {
                CompletableFuture.allOf(topic.stream()
                        .map(partition -> CompletableFuture.runAsync(() -> replay(partition), replayers))
                        .toArray(CompletableFuture[]::new)).join();
            }
            outcome = "DONE";
            Log.infof("Rebuild of the read models done: %s", progress().topics());
        } catch (RuntimeException e) {
            Throwable failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            error = failure.getMessage();
            Log.errorf(failure, "Rebuild of the read models failed");
        } finally {
            finishedAt = OffsetDateTime.now();
            unlockAcrossReplicas();
            state = outcome;
        }
    }

    /** One partition of a projection's topic, to be replayed from {@code from} up to {@code to} (exclusive). */
    private record PartitionReplay(Projection projection, TopicPartition partition, long from, long to) {
    }

    /**
     * Every partition of every projection's topic, up to where it stands now, one topic after the other in
     * {@link #TOPIC_ORDER} (the projections take the topics in any order, as live consumption must; a fixed one makes
     * rebuilds alike); the events to replay counted.
     */
    private List<List<PartitionReplay>> plan() {
        List<List<PartitionReplay>> plan = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (Projection projection : projections) {
                List<TopicPartition> partitions = consumer.partitionsFor(projection.topic()).stream()
                        .map(p -> new TopicPartition(projection.topic(), p.partition())).toList();
                Map<TopicPartition, Long> from = consumer.beginningOffsets(partitions);
                Map<TopicPartition, Long> to = consumer.endOffsets(partitions);
                plan.add(partitions.stream().map(p -> new PartitionReplay(projection, p, from.get(p), to.get(p)))
                        .toList());
                counts.get(projection.topic())[1].set(partitions.stream().mapToLong(p -> to.get(p) - from.get(p)).sum());
            }
        }
        return plan;
    }

    /** The rebuild lock if free, then the live lock, once the live events being applied are committed. */
    private boolean lockAcrossReplicas() {
        try {
            Connection connection = dataSource.getConnection();
            if (advisoryLock(connection, "pg_try_advisory_lock", REBUILD_LOCK)) {
                try (PreparedStatement live = connection.prepareStatement("select pg_advisory_lock(?)")) {
                    live.setLong(1, LiveConsumption.LIVE_LOCK);
                    live.execute();
                }
                lockHolder = connection;
                return true;
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the rebuild lock", e);
        }
    }

    private synchronized void unlockAcrossReplicas() {
        try (Connection connection = lockHolder) {
            advisoryLock(connection, "pg_advisory_unlock", LiveConsumption.LIVE_LOCK);
            advisoryLock(connection, "pg_advisory_unlock", REBUILD_LOCK);
        } catch (SQLException e) {
            Log.warnf("Rebuild lock not released (it ends with the connection): %s", e.getMessage());
        } finally {
            lockHolder = null;
        }
    }

    private static boolean advisoryLock(Connection connection, String function, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A partition's events in order, a poll's worth per transaction. */
    private void replay(PartitionReplay replay) {
        AtomicLong replayed = counts.get(replay.partition().topic())[0];
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(List.of(replay.partition()));
            consumer.seek(replay.partition(), replay.from());
            while (consumer.position(replay.partition()) < replay.to()) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < replay.to()) {
                        batch.add(record);
                    }
                }
                applyAll(replay.projection(), batch);
                replayed.addAndGet(batch.size());
            }
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(kafka.with(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)),
                new StringDeserializer(), new StringDeserializer());
    }

    /**
     * What one poll brought, in one transaction; if a record of it is poison or fails, the batch is rolled back and
     * replayed record by record, so that only the poison is skipped.
     */
    private void applyAll(Projection projection, List<ConsumerRecord<String, String>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            inbox.replayAll(batch, projection::apply);
        } catch (RuntimeException e) {
            Log.debugf("Rebuild replays a batch of %d record by record: %s", batch.size(), Inbox.reason(e));
            batch.forEach(record -> apply(projection, record));
        }
    }

    private void apply(Projection projection, ConsumerRecord<String, String> record) {
        try {
            inbox.replay(record, projection::apply);
        } catch (PoisonEventException e) {
            skipped.incrementAndGet();
            Log.warnf("Rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    Inbox.reason(e));
        }
    }
}
