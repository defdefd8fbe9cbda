package de.agency.integration.reporting.service;

import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.reporting.domain.CaseFact;
import de.agency.integration.reporting.domain.EnrollmentFact;
import de.agency.integration.reporting.event.CaseEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Cases per agency, their profile category and the SGB II assessment note, from {@code case-events}. */
@ApplicationScoped
public class CaseProjection implements Projection {

    static final String PROFILING_ASSESSMENT = "PROFILING_ASSESSMENT";

    @Override
    public String topic() {
        return "case-events";
    }

    @Override
    public void apply(ReceivedEvent event) {
        switch (event.type()) {
            case CaseEvents.CaseOpened.TYPE -> {
                CaseEvents.CaseOpened opened = event.data(CaseEvents.CaseOpened.class);
                CaseFact kase = new CaseFact();
                kase.caseId = opened.caseId();
                kase.agency = opened.agency();
                kase.team = opened.team();
                kase.legalDomain = opened.legalDomain();
                kase.openedAt = opened.openedAt();
                kase.persist();
            }
            case CaseEvents.ProfilingCompleted.TYPE -> {
                CaseEvents.ProfilingCompleted completed = event.data(CaseEvents.ProfilingCompleted.class);
                CaseFact kase = known(completed.caseId(), event);
                kase.profileCategory = completed.profileCategory();
                kase.assessmentNote |= completed.profilingAssessmentNote();
            }
            case CaseEvents.CounsellingNoteRecorded.TYPE -> {
                CaseEvents.CounsellingNoteRecorded note = event.data(CaseEvents.CounsellingNoteRecorded.class);
                if (PROFILING_ASSESSMENT.equals(note.noteType())) {
                    known(note.caseId(), event).assessmentNote = true;
                }
            }
            case CaseEvents.CaseHandedOver.TYPE -> {
                CaseEvents.CaseHandedOver handover = event.data(CaseEvents.CaseHandedOver.class);
                known(handover.caseId(), event).legalDomain = handover.toLegalDomain();
            }
            case CaseEvents.CaseErased.TYPE -> {
                UUID caseId = event.data(CaseEvents.CaseErased.class).caseId();
                known(caseId, event).erased = true;
                EnrollmentFact.update("erased = true where caseId = ?1", caseId);
            }
            default -> {
                // not reported on
            }
        }
    }

    private static CaseFact known(UUID caseId, ReceivedEvent event) {
        CaseFact kase = CaseFact.findById(caseId);
        if (kase == null) {
            throw new PoisonEventException(event + " concerns case " + caseId + ", which was never opened");
        }
        return kase;
    }
}
