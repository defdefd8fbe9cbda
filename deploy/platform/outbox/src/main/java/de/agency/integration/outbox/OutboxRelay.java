package de.agency.integration.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Relay of the transactional outbox, woken by every commit that recorded an event (a transactional CDI observer) and
 * polling every second as the fallback. Each round, in one transaction: take the pending events of finished
 * transactions in transaction order ({@link OutboxEvent#lockOldest}), send them to Kafka as CloudEvents (binary mode,
 * record key = aggregate id) through the idempotent producer of channel {@value #CHANNEL}, wait for the broker's
 * acknowledgement of all of them, then delete them.
 *
 * <p>Several replicas may run the relay: a transaction-scoped advisory lock lets only one of them publish at a time,
 * which keeps the events of one aggregate in order. If Kafka is unreachable the round fails, the transaction rolls
 * back and the events stay for the next round. A crash between the broker's acknowledgement and the commit publishes
 * an event twice with the same id; consumers discard the second copy (idempotent inbox), so the effect is exactly once.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";

    private static final int MAX_RECHECKS = 7;

    /** Key of the PostgreSQL advisory lock that elects the publishing replica ("outbox" in ASCII). */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final EntityManager entityManager;
    /** Events waiting to be published, as of the last round; gauge {@code outbox.backlog} on /q/metrics. */
    private final AtomicLong backlog = new AtomicLong();
    /** One round at a time in this replica (the advisory lock orders the replicas among each other). */
    private final ReentrantLock round = new ReentrantLock();
    /** Something was committed (or the poll came) since the running round looked. */
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay-waker");
        thread.setDaemon(true);
        return thread;
    });

    OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config, EntityManager entityManager,
                MeterRegistry registry) {
        this.emitter = emitter;
        this.config = config;
        this.entityManager = entityManager;
        registry.gauge("outbox.backlog", backlog);
    }

    /** An event was recorded in a transaction that has now committed: publish it at once, not at the next poll. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventRecorded recorded) {
        wake(0);
    }

    private void wake(int recheck) {
        pending.set(true);
        if (!stopped.get() && wakeQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeQueued.set(false);
                publishPending();
                recheckIfHeldBack(recheck);
            });
        }
    }

    /**
     * An event a still running transaction held back (it wrote earlier and has not ended) is looked at again after
     * 5, 10, 20 ... 320 ms, rather than at the next poll.
     */
    private void recheckIfHeldBack(int recheck) {
        if (recheck < MAX_RECHECKS && updateBacklog() > 0) {
            waker.schedule(() -> wake(recheck + 1), 5L << recheck, TimeUnit.MILLISECONDS);
        }
    }

    /** The fallback: events of another replica's commits, and what a failed round left. */
    @Scheduled(every = "${outbox.relay.interval:1s}", delayed = "${outbox.relay.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        pending.set(true);
        publishPending();
        updateBacklog();
    }

    /**
     * Rounds until nothing is pending, one at a time in this replica: a wake-up during a round makes it go once more,
     * so no commit waits for the next poll.
     */
    private void publishPending() {
        while (pending.get() && !stopped.get() && round.tryLock()) {
            try {
                while (pending.getAndSet(false)) {
                    publishAll();
                }
            } finally {
                round.unlock();
            }
        }
    }

    private void publishAll() {
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == config.batchSize());
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay round failed, events stay pending and are retried: %s", e.getMessage());
        }
    }

    /**
     * A last round as the application shuts down (SIGTERM: a rolling update, a scale-down), so that what was committed
     * leaves with this replica rather than waiting for another's poll. No new round starts once stopping; a round that
     * is running is waited for (it is never interrupted, which would leave its batch half sent), then the last round
     * takes what came after it. Both are bounded by the acknowledgement timeout when Kafka is away; whatever they
     * leave, the next start or another replica publishes.
     */
    void stop(@Observes ShutdownEvent shutdown) {
        stopped.set(true);
        waker.shutdown();
        try {
            if (round.tryLock(config.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                try {
                    publishAll();
                } finally {
                    round.unlock();
                }
            } else {
                Log.warn("Outbox relay: the running round did not end in time, its events stay for the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the events waiting (gauge {@code outbox.backlog}); 0 if the database cannot be asked right now. */
    private long updateBacklog() {
        try {
            long waiting = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
            backlog.set(waiting);
            return waiting;
        } catch (RuntimeException e) {
            Log.debugf("Outbox backlog not counted (database unavailable or shutting down): %s", e.getMessage());
            return 0;
        }
    }

    private static final TextMapGetter<String> TRACE_PARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceParent) {
            return List.of(TraceParent.HEADER);
        }

        @Override
        public String get(String traceParent, String key) {
            return TraceParent.HEADER.equals(key) ? traceParent : null;
        }
    };

    /** @return the number of events published and removed from the outbox */
    @Transactional
    public int publishBatch() {
        if (!holdsRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.lockOldest(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        // The sends run with the transaction suspended (its row locks stay): context propagation would otherwise
        // carry it into the producer's acknowledgement callbacks, and a commit while one of them still ran in it
        // failed the round ("Enlisted connection used without active transaction"), which published it twice.
        QuarkusTransaction.suspendingExisting().run(() -> Uni.join().all(perAggregate(batch)).andCollectFailures()
                .await().atMost(config.acknowledgementTimeout()));
        OutboxEvent.deletePublished(batch);
        return batch.size();
    }

    /**
     * The batch as one chain of sends per aggregate (record key), the chains side by side: an aggregate's next event
     * goes out only once the broker acknowledged the one before, so a failed send (Kafka unreachable) never lets a
     * later event of its aggregate reach the topic ahead of it. The round waits for every chain to end before it
     * commits or rolls back, so no send of a failed round is still under way when the next round begins.
     */
    private List<Uni<Void>> perAggregate(List<OutboxEvent> batch) {
        Map<String, Uni<Void>> chains = new LinkedHashMap<>();
        for (OutboxEvent event : batch) {
            chains.merge(event.aggregateId, send(event), (before, next) -> before.chain(() -> next));
        }
        return List.copyOf(chains.values());
    }

    private boolean holdsRelayLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
    }

    private Uni<Void> send(OutboxEvent event) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.id.toString())
                .withType(event.eventType)
                .withSubject(event.aggregateType + "/" + event.aggregateId)
                .withTimestamp(event.occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        var record = OutgoingKafkaRecordMetadata.<String>builder().withKey(event.aggregateId);
        if (event.topic != null) {
            record.withTopic(event.topic);
        }
        Message<String> message = Message.of(event.payload).addMetadata(cloudEvent).addMetadata(record.build());
        if (event.traceParent != null) {
            // the producer span continues the trace of the request that recorded the event
            message = message.addMetadata(TracingMetadata.withCurrent(W3CTraceContextPropagator.getInstance()
                    .extract(Context.root(), event.traceParent, TRACE_PARENT)));
        }
        return emitter.sendMessage(message);
    }
}
