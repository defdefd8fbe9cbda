package de.agency.integration.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records an outgoing domain event in the caller's transaction. Nothing is sent here: the event leaves
 * only if the transaction commits, and then exactly as stored (see {@link OutboxRelay}).
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper objectMapper;
    private final AgencyClock clock;

    Outbox(ObjectMapper objectMapper, AgencyClock clock) {
        this.objectMapper = objectMapper;
        this.clock = clock;
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
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.eventType = eventType;
        event.payload = toJson(data);
        event.occurredAt = clock.now();
        event.traceParent = TraceParent.ofCurrentSpan().orElse(null);
        event.persist();
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
