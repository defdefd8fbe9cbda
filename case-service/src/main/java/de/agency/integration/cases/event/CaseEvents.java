package de.agency.integration.cases.event;

import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Publishes case events on topic {@code case-events} through the outbox, keyed by case id. */
@ApplicationScoped
public class CaseEvents {

    private static final String AGGREGATE = "case";

    private final Outbox outbox;

    CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** In the caller's transaction. */
    public void publish(UUID caseId, String type, Object data) {
        outbox.record(AGGREGATE, caseId.toString(), type, data);
    }
}
