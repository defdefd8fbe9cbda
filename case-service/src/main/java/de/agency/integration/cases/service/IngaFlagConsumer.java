package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.event.ExitReasonRecorded;
import de.agency.integration.cases.event.InsetEnrolled;
import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps the Inga flag (Inga-Kennung) of cases from inga-service's events, each applied once. */
@ApplicationScoped
public class IngaFlagConsumer {

    private final Inbox inbox;

    IngaFlagConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("inga-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.process(message, this::apply);
    }

    void apply(ReceivedEvent event) {
        switch (event.type()) {
            case InsetEnrolled.TYPE -> flag(event, event.data(InsetEnrolled.class).caseId(), true);
            case ExitReasonRecorded.TYPE -> flag(event, event.data(ExitReasonRecorded.class).caseId(), false);
            default -> {
                // other Inga events do not concern cases
            }
        }
    }

    private static void flag(ReceivedEvent event, UUID caseId, boolean enrolled) {
        IntegrationCase flagged = caseId == null ? null : IntegrationCase.findById(caseId);
        if (flagged == null) {
            throw new PoisonEventException(event + " refers to no known case: " + caseId);
        }
        flagged.ingaEnrolled = enrolled;
    }
}
