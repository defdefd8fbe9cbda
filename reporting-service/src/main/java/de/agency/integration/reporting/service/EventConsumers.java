package de.agency.integration.reporting.service;

import de.agency.integration.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Feeds the projections from the three topics, each event once (inbox); poison goes to the dead-letter topics. */
@ApplicationScoped
public class EventConsumers {

    private final Inbox inbox;
    private final CaseProjection cases;
    private final IngaProjection inga;
    private final AccessProjection access;

    EventConsumers(Inbox inbox, CaseProjection cases, IngaProjection inga, AccessProjection access) {
        this.inbox = inbox;
        this.cases = cases;
        this.inga = inga;
        this.access = access;
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> caseEvents(Message<String> message) {
        return inbox.process(message, cases::apply);
    }

    @Incoming("inga-events")
    @Blocking
    public CompletionStage<Void> ingaEvents(Message<String> message) {
        return inbox.process(message, inga::apply);
    }

    @Incoming("access-events")
    @Blocking
    public CompletionStage<Void> accessEvents(Message<String> message) {
        return inbox.process(message, access::apply);
    }
}
