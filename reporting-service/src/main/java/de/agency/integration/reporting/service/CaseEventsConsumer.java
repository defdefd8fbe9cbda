package de.agency.integration.reporting.service;

import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.reporting.domain.AgencyCaseCount;
import de.agency.integration.reporting.event.CaseOpened;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Builds the case read models from topic {@code case-events}. */
@ApplicationScoped
public class CaseEventsConsumer {

    private final Inbox inbox;

    CaseEventsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.process(message, this::apply);
    }

    void apply(ReceivedEvent event) {
        if (CaseOpened.TYPE.equals(event.type())) {
            AgencyCaseCount.countOpened(event.data(CaseOpened.class).agency());
        }
    }
}
