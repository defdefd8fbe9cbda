package de.agency.integration.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records an outgoing domain event in the caller's transaction. Nothing is sent here: the event leaves
 * only if the transaction commits, and then exactly as stored (see {@link OutboxRelay}, which the commit wakes).
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper objectMapper;
    private final AgencyClock clock;
    private final Event<EventRecorded> recorded;

    Outbox(ObjectMapper objectMapper, AgencyClock clock, Event<EventRecorded> recorded) {
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.recorded = recorded;
    }

    /**
     * @param aggregateType e.g. {@code case}; becomes part of the CloudEvent subject
     * @param aggregateId   the Kafka record key, so that events of one aggregate stay in order
     * @param eventType     the binding event type name of DESIGN.md, e.g. {@code CaseOpened}
     * @param data          the event data, serialised as JSON; carries ids and codes, never personal free text
     * @return the event id, which is also the CloudEvent id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, String aggregateId, String eventType, Object data) {
        return store(null, aggregateType, aggregateId, eventType, toJson(data));
    }

    /**
     * An event for another topic than the channel's, e.g. a compacted topic that keeps the latest record per key.
     *
     * @see #record(String, String, String, Object)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID recordOn(String topic, String aggregateType, String aggregateId, String eventType, Object data) {
        return store(topic, aggregateType, aggregateId, eventType, toJson(data));
    }

    /**
     * A tombstone (a record without data) on a compacted topic: compaction then removes every earlier record of the
     * key, so what they carried is erased from Kafka too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID tombstone(String topic, String aggregateType, String aggregateId, String eventType) {
        return store(topic, aggregateType, aggregateId, eventType, null);
    }

    private UUID store(String topic, String aggregateType, String aggregateId, String eventType, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.eventType = eventType;
        event.payload = payload;
        event.occurredAt = clock.now();
        event.traceParent = TraceParent.ofCurrentSpan().orElse(null);
        event.persist();
        recorded.fire(new EventRecorded(event.id));
        return event.id;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of type " + data.getClass().getName() + " is not serialisable", e);
        }
    }
}
