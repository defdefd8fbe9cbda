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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Drops the read models and replays every topic from its beginning up to where it stood when the rebuild began,
 * through the same projections and inbox as the live consumers, many events per transaction. Live consumption pauses
 * meanwhile on every replica ({@link LiveConsumption}) and then applies what came since, each event once. One rebuild
 * at a time across all replicas: the replica that runs it holds a PostgreSQL advisory lock ({@link #REBUILD_LOCK})
 * and the live lock until it ends; the database lets both go if the replica dies.
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

    private static final String[] READ_MODELS = {"case_fact", "enrollment_fact", "contact_fact",
            "early_exit_refusal", "inga_team_member", "role_holding", "team_lead", "referral_fact",
            "first_meeting_fact", "certification_fact", "reflection_day_fact", "worklist_item",
            "deputy_replica"};

    private final Instance<Projection> projections;
    private final Inbox inbox;
    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final KafkaClientConfig kafka;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "rebuild"));

    private final Map<String, AtomicLong[]> counts = new LinkedHashMap<>();
    private final AtomicLong skipped = new AtomicLong();
    private volatile String state = "NEVER_RUN";
    private volatile OffsetDateTime startedAt;
    private volatile OffsetDateTime finishedAt;
    private volatile String error;
    /** The connection holding {@link #REBUILD_LOCK} while this replica rebuilds. */
    private Connection lockHolder;

    RebuildService(Instance<Projection> projections, Inbox inbox, EntityManager entityManager,
                   AgroalDataSource dataSource, KafkaClientConfig kafka) {
        this.projections = projections;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.kafka = kafka;
    }

    /** @return false if a rebuild is running already, here or on another replica */
    public synchronized boolean start() {
        if ("RUNNING".equals(state) || !lockAcrossReplicas()) {
            return false;
        }
        state = "RUNNING";
        startedAt = OffsetDateTime.now();
        finishedAt = null;
        error = null;
        skipped.set(0);
        counts.clear();
        projections.forEach(p -> counts.put(p.topic(), new AtomicLong[] {new AtomicLong(), new AtomicLong()}));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("truncate table " + String.join(", ", READ_MODELS)).executeUpdate();
                inbox.forgetProcessedEvents();
            });
        } catch (RuntimeException e) {
            state = "FAILED";
            error = e.getMessage();
            finishedAt = OffsetDateTime.now();
            unlockAcrossReplicas();
            throw e;
        }
        executor.submit(this::replayAll);
        return true;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    public Progress progress() {
        Map<String, String> topics = new LinkedHashMap<>();
        counts.forEach((topic, c) -> topics.put(topic, c[0].get() + " of " + c[1].get()));
        return new Progress(state, startedAt, finishedAt, topics, skipped.get(), error);
    }

    private void replayAll() {
        try {
            projections.forEach(this::replay);
            state = "DONE";
            Log.infof("Rebuild of the read models done: %s", progress().topics());
        } catch (RuntimeException e) {
            state = "FAILED";
            error = e.getMessage();
            Log.errorf(e, "Rebuild of the read models failed");
        } finally {
            finishedAt = OffsetDateTime.now();
            unlockAcrossReplicas();
        }
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

    private void replay(Projection projection) {
        AtomicLong[] count = counts.get(projection.topic());
        Map<String, Object> config = kafka.with(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(projection.topic()).stream()
                    .map(p -> new TopicPartition(projection.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            count[1].set(end.values().stream().mapToLong(Long::longValue).sum()
                    - consumer.beginningOffsets(partitions).values().stream().mapToLong(Long::longValue).sum());
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                applyAll(projection, batch);
                count[0].addAndGet(batch.size());
            }
        }
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
