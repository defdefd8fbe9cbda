package de.agency.integration.cases.event;

import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Publishes case events on topic {@code case-events} through the outbox, keyed by case id; the customer number goes to
 * the compacted topic {@code case-customers} alone.
 */
@ApplicationScoped
public class CaseEventPublisher {

    private static final String AGGREGATE = "case";

    private final Outbox outbox;

    CaseEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** In the caller's transaction. */
    public void publish(UUID caseId, String type, Object data) {
        outbox.record(AGGREGATE, caseId.toString(), type, data);
    }

    /** The case's customer number, on the compacted topic {@value CaseCustomer#TOPIC}; in the caller's transaction. */
    public void publishCustomer(UUID caseId, String customerNumber) {
        outbox.recordOn(CaseCustomer.TOPIC, AGGREGATE, caseId.toString(), CaseCustomer.TYPE,
                new CaseCustomer(1, caseId, customerNumber));
    }

    /** A tombstone for the case on {@value CaseCustomer#TOPIC}, so that compaction erases its customer number. */
    public void eraseCustomer(UUID caseId) {
        outbox.tombstone(CaseCustomer.TOPIC, AGGREGATE, caseId.toString(), CaseCustomer.TYPE);
    }
}
