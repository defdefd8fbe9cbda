package de.agency.integration.access.event;

import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes access events on topic {@code access-events} through the outbox, keyed by user id. */
@ApplicationScoped
public class AccessEventPublisher {

    private static final String AGGREGATE = "user";

    private final Outbox outbox;

    AccessEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** In the caller's transaction. */
    public void publish(String userId, String type, Object data) {
        outbox.record(AGGREGATE, userId, type, data);
    }
}
