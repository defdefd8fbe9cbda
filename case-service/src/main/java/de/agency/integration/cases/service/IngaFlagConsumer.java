package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.event.ExitReasonRecorded;
import de.agency.integration.cases.event.InsetEnrolled;
import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the Inga flag (Inga-Kennung) of cases from inga-service's events, each applied once, with the enrollment's
 * Inga team and counsellor, who work the case while the flag is set (see {@link CasePolicy}).
 */
@ApplicationScoped
public class IngaFlagConsumer {

    private final Inbox inbox;
    private final IngaStewardshipConfig config;

    IngaFlagConsumer(Inbox inbox, IngaStewardshipConfig config) {
        this.inbox = inbox;
        this.config = config;
    }

    @Incoming("inga-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
        return inbox.processAll(poll, this::apply);
    }

    void apply(ReceivedEvent event) {
        switch (event.type()) {
            case InsetEnrolled.TYPE -> {
                InsetEnrolled enrolled = event.data(InsetEnrolled.class);
                notErased(event, enrolled.caseId()).ifPresent(kase -> kase.enrolledInInga(enrolled.enrollmentId(),
                        enrolled.team(), enrolled.ingaCounsellor()));
            }
            case ExitReasonRecorded.TYPE -> {
                ExitReasonRecorded exit = event.data(ExitReasonRecorded.class);
                notErased(event, exit.caseId()).ifPresent(kase -> kase.exitedInga(exit.enrollmentId(),
                        config.returnToTeamAtExit()));
            }
            default -> {
                // other Inga events do not concern cases
            }
        }
    }

    /** The case the event is about; empty if it was erased meanwhile (the event has nothing left to change). */
    private static Optional<IntegrationCase> notErased(ReceivedEvent event, UUID caseId) {
        IntegrationCase kase = caseId == null ? null : IntegrationCase.findById(caseId);
        if (kase == null) {
            throw new PoisonEventException(event + " refers to no known case: " + caseId);
        }
        return kase.isErased() ? Optional.empty() : Optional.of(kase);
    }
}
