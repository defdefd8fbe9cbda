package de.agency.integration.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.errors.DatabaseUnavailable;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Applies the effect of each incoming CloudEvent exactly once: the event id is recorded in the same transaction as
 * the effect, and a redelivered event is acknowledged without a second effect. What one poll of a batch channel
 * brought is applied in one transaction, its ids recorded in one statement. An effect that fails is tried again
 * with growing pauses (the partition waits, so order holds), and while the database cannot be reached
 * ({@link DatabaseUnavailable}, e.g. during its restart) or the effect pauses consumption
 * ({@link ConsumptionPausedException}) for as long as that lasts; a record that is no CloudEvent or has unreadable data
 * ({@link PoisonEventException}), or whose effect still fails after the last attempt, is negatively acknowledged,
 * which sends it to the channel's dead-letter topic ({@code failure-strategy=dead-letter-queue}).
 */
@ApplicationScoped
public class Inbox {

    private final ObjectMapper objectMapper;
    private final InboxConfig config;

    Inbox(ObjectMapper objectMapper, InboxConfig config) {
        this.objectMapper = objectMapper;
        this.config = config;
    }

    /**
     * To be called from a blocking {@code @Incoming} method of a batch channel ({@code batch=true}) that returns its
     * result: what one poll brought is applied in one transaction, the ids recorded in one statement. A record that
     * is no CloudEvent goes to the dead-letter topic alone; if an effect fails, the poll's events are applied one by
     * one, each in its own transaction, so that only the failing one is retried and, in the end, dead-lettered. While
     * the database cannot be reached or consumption is paused, the whole poll waits.
     */
    public CompletionStage<Void> processAll(KafkaRecordBatch<String, String> batch, Consumer<ReceivedEvent> effect) {
        List<CompletionStage<Void>> rejected = new ArrayList<>();
        Map<ReceivedEvent, KafkaRecord<String, String>> events = new LinkedHashMap<>();
        for (KafkaRecord<String, String> record : batch) {
            try {
                events.put(receive(record), record);
            } catch (RuntimeException e) {
                rejected.add(reject(record, e));
            }
        }
        if (!events.isEmpty() && !applyAllWithWaits(events, effect)) {
            events.forEach((event, record) -> {
                try (Scope trace = traceOf(record).makeCurrent()) {
                    applyWithRetries(event, effect);
                    logApplied(event, record);
                } catch (RuntimeException e) {
                    rejected.add(reject(record, e));
                }
            });
        }
        return CompletableFuture.allOf(rejected.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /**
     * The events in one transaction, each effect in its own event's trace; waits and tries again while the database
     * cannot be reached or consumption is paused.
     *
     * @return false if an effect failed otherwise (nothing of the batch is applied then)
     */
    private boolean applyAllWithWaits(Map<ReceivedEvent, KafkaRecord<String, String>> events,
                                      Consumer<ReceivedEvent> effect) {
        Duration backoff = config.initialBackoff();
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAllIfNew(List.copyOf(events.keySet()), event -> {
                    try (Scope trace = traceOf(events.get(event)).makeCurrent()) {
                        effect.accept(event);
                    }
                }));
                events.forEach(Inbox::logApplied);
                return true;
            } catch (RuntimeException e) {
                if (!waits(e, events.size() + " events of a poll", backoff)) {
                    Log.debugf("The %d events of a poll are applied one by one: %s", events.size(), reason(e));
                    return false;
                }
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /**
     * Applies the event in its own transaction, tried again with growing pauses when it fails; for as long as the
     * database cannot be reached or consumption is paused without counting attempts.
     *
     * @throws RuntimeException if the event is poison, or its effect still fails after the last attempt
     */
    private void applyWithRetries(ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        Duration backoff = config.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                applyOnce(event, effect);
                return;
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (waits(e, event.toString(), backoff)) {
                    attempt = 0;
                } else if (attempt >= config.maxAttempts()) {
                    throw e;
                } else {
                    Log.warnf("Event %s failed (attempt %d of %d), retrying in %s: %s", event, attempt,
                            config.maxAttempts(), backoff, reason(e));
                }
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    /** "Applied" at debug, in the event's trace (its id in the line and in the MDC); no work while debug is off. */
    private static void logApplied(ReceivedEvent event, KafkaRecord<String, String> record) {
        if (Log.isDebugEnabled()) {
            try (Scope trace = traceOf(record).makeCurrent()) {
                Log.debugf("Applied %s (trace %s)", event, traceId(record));
            }
        }
    }

    /** Whether the failure is a wait, not the events' fault: consumption paused, or the database unreachable. */
    private static boolean waits(RuntimeException failure, String what, Duration backoff) {
        if (paused(failure)) {
            Log.debugf("%s waits, retrying in %s: %s", what, backoff, failure.getMessage());
            return true;
        }
        if (DatabaseUnavailable.causedBy(failure)) {
            Log.warnf("%s waits for the database, retrying in %s: %s", what, backoff, reason(failure));
            return true;
        }
        return false;
    }

    private static CompletionStage<Void> reject(Message<String> message, RuntimeException failure) {
        Log.warnf("Event rejected to the dead-letter topic: %s", reason(failure));
        return message.nack(failure);
    }

    private static boolean paused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConsumptionPausedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a log line may say of a failure: the reasons this library and the consumers give for poison, which name
     * ids, types and fields only; of any other failure the types of its causes (and a database's SQLSTATE), since
     * a library's message may quote the event's content.
     */
    public static String reason(Throwable failure) {
        if (failure instanceof PoisonEventException) {
            return failure.getMessage();
        }
        StringJoiner causes = new StringJoiner(" caused by ");
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            causes.add(cause instanceof SQLException sql && sql.getSQLState() != null
                    ? cause.getClass().getSimpleName() + " (SQLSTATE " + sql.getSQLState() + ")"
                    : cause.getClass().getSimpleName());
        }
        return causes.toString();
    }

    /**
     * Applies an event read again from its topic (a rebuild of read models), exactly as {@link #processAll} does for one:
     * once per event id, in its own transaction.
     *
     * @throws PoisonEventException if the record is no CloudEvent with data (it went to the dead-letter topic the
     *                              first time) or its effect refuses it
     */
    public void replay(ConsumerRecord<String, String> record, Consumer<ReceivedEvent> effect) {
        applyOnce(replayed(record), effect);
    }

    /**
     * Applies many events read again from their topic in one transaction, each once per event id, as
     * {@link #replay} would one by one: a rebuild commits once per batch instead of once per event. If one record is
     * poison or its effect fails, nothing of the batch is applied; the caller then replays it event by event.
     */
    public void replayAll(List<ConsumerRecord<String, String>> records, Consumer<ReceivedEvent> effect) {
        List<ReceivedEvent> events = records.stream().map(this::replayed).toList();
        QuarkusTransaction.requiringNew().run(() -> applyAllIfNew(events, effect));
    }

    private ReceivedEvent replayed(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null || record.value().isBlank()) {
            throw new PoisonEventException("Record is not a CloudEvent with data");
        }
        return new ReceivedEvent(id, type, record.value(), objectMapper);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Forgets every processed event, in the caller's transaction, so that a replay applies them all again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetProcessedEvents() {
        ProcessedEvent.deleteAll();
    }

    private static void applyOnce(ReceivedEvent event, Consumer<ReceivedEvent> effect) {
        QuarkusTransaction.requiringNew().run(() -> applyAllIfNew(List.of(event), effect));
    }

    /** The effects of the events not processed before, in order, after recording all ids in one statement. */
    private static void applyAllIfNew(List<ReceivedEvent> events, Consumer<ReceivedEvent> effect) {
        Set<String> fresh = ProcessedEvent.markAllProcessed(events);
        for (ReceivedEvent event : events) {
            if (fresh.remove(event.id())) {
                effect.accept(event);
            } else {
                Log.debugf("Event %s was processed before; redelivery ignored", event);
            }
        }
    }

    /** The trace the event belongs to: the request that caused it, continued through the producer's outbox. */
    private static String traceId(Message<String> message) {
        SpanContext span = Span.fromContext(traceOf(message)).getSpanContext();
        return span.isValid() ? span.getTraceId() : "none";
    }

    /** The event's tracing context (its consumer span), or the current one if the record carries none. */
    private static Context traceOf(Message<String> message) {
        return TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext).orElse(Context.current());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }

    private ReceivedEvent receive(Message<String> message) {
        @SuppressWarnings("unchecked")
        IncomingCloudEventMetadata<String> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEventException("Record is not a CloudEvent (no ce_ headers)"));
        if (message.getPayload() == null || message.getPayload().isBlank()) {
            throw new PoisonEventException("CloudEvent " + cloudEvent.getId() + " has no data");
        }
        return new ReceivedEvent(cloudEvent.getId(), cloudEvent.getType(), message.getPayload(), objectMapper);
    }
}
