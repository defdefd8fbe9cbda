package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inbox.Inbox;
import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.event.CaseEvent;
import de.agency.integration.inga.privacy.IngaErasure;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps legal domain, profile category and status of cases from case-service's events, each applied once; a
 * handover to SGB II ends the case's enrollment (CHANGE_TO_SGB_II); a restriction freezes the case's Inga data and an
 * erasure erases it.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private final Inbox inbox;
    private final ExitService exits;
    private final IngaErasure erasure;

    CaseEventsConsumer(Inbox inbox, ExitService exits, IngaErasure erasure) {
        this.inbox = inbox;
        this.exits = exits;
        this.erasure = erasure;
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> poll) {
        return inbox.processAll(poll, this::apply);
    }

    void apply(ReceivedEvent event) {
        switch (event.type()) {
            case CaseEvent.CaseOpened.TYPE -> opened(event.data(CaseEvent.CaseOpened.class));
            case CaseEvent.ProfilingCompleted.TYPE -> {
                CaseEvent.ProfilingCompleted completed = event.data(CaseEvent.ProfilingCompleted.class);
                CaseReplica kase = known(completed.caseId(), event);
                kase.profileCategory = completed.profileCategory();
            }
            case CaseEvent.CaseHandedOver.TYPE -> {
                CaseEvent.CaseHandedOver handover = event.data(CaseEvent.CaseHandedOver.class);
                known(handover.caseId(), event).legalDomain = handover.toLegalDomain();
                if ("SGB_II".equals(handover.toLegalDomain())) {
                    exits.endOnChangeToSgb2(handover.caseId(),
                            AgencyClock.dayOf(handover.handedOverAt()));
                }
            }
            case CaseEvent.CaseClosed.TYPE -> known(event.data(CaseEvent.CaseClosed.class).caseId(), event).closed = true;
            case CaseEvent.CaseRestricted.TYPE ->
                    known(event.data(CaseEvent.CaseRestricted.class).caseId(), event).restricted = true;
            case CaseEvent.CaseRestrictionLifted.TYPE ->
                    known(event.data(CaseEvent.CaseRestrictionLifted.class).caseId(), event).restricted = false;
            case CaseEvent.CaseErased.TYPE -> erasure.eraseCase(event.data(CaseEvent.CaseErased.class).caseId());
            default -> {
                // other case events do not concern Inga
            }
        }
    }

    private static void opened(CaseEvent.CaseOpened opened) {
        if (opened.customerNumber() != null) {
            CaseCustomer.remember(opened.caseId(), opened.customerNumber()); // schema version 1
        }
        if (CaseReplica.findById(opened.caseId()) != null) {
            return;
        }
        CaseReplica kase = new CaseReplica();
        kase.caseId = opened.caseId();
        kase.legalDomain = opened.legalDomain();
        kase.agency = opened.agency();
        kase.team = opened.team();
        kase.persist();
    }

    /** Events of one case come in order (same key), so a later event of an unknown case is poison. */
    private static CaseReplica known(UUID caseId, ReceivedEvent event) {
        CaseReplica kase = CaseReplica.findById(caseId);
        if (kase == null) {
            throw new PoisonEventException(event + " concerns case " + caseId + ", which was never opened");
        }
        return kase;
    }
}
