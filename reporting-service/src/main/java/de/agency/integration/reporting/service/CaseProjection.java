package de.agency.integration.reporting.service;

import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.reporting.domain.CaseFact;
import de.agency.integration.reporting.domain.EnrollmentFact;
import de.agency.integration.reporting.domain.WorklistItem;
import de.agency.integration.reporting.domain.WorklistKind;
import de.agency.integration.reporting.event.CaseEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Cases per agency, their profile category and the SGB II assessment note, and the worklist's steps and follow-up
 * talks, from {@code case-events}.
 */
@ApplicationScoped
public class CaseProjection implements Projection {

    static final String PROFILING_ASSESSMENT = "PROFILING_ASSESSMENT";
    private static final String STEP_DONE = "DONE";

    private final WorklistProjection worklist;

    CaseProjection(WorklistProjection worklist) {
        this.worklist = worklist;
    }

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
                kase.counsellor = opened.counsellor();
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
            case CaseEvents.ImplementationStepAgreed.TYPE -> {
                CaseEvents.ImplementationStepAgreed agreed = event.data(CaseEvents.ImplementationStepAgreed.class);
                worklist.caseItemDue(WorklistKind.IMPLEMENTATION_STEP, agreed.stepId(), known(agreed.caseId(), event),
                        agreed.dueOn());
            }
            case CaseEvents.ImplementationStepStatusChanged.TYPE -> {
                CaseEvents.ImplementationStepStatusChanged changed =
                        event.data(CaseEvents.ImplementationStepStatusChanged.class);
                if (STEP_DONE.equals(changed.status())) {
                    WorklistItem.done(WorklistKind.IMPLEMENTATION_STEP, changed.stepId());
                } else {
                    worklist.caseItemDue(WorklistKind.IMPLEMENTATION_STEP, changed.stepId(),
                            known(changed.caseId(), event), changed.dueOn());
                }
            }
            case CaseEvents.ImplementationStepOverdue.TYPE -> {
                CaseEvents.ImplementationStepOverdue overdue = event.data(CaseEvents.ImplementationStepOverdue.class);
                WorklistItem.timerFired(WorklistKind.IMPLEMENTATION_STEP, overdue.stepId(), overdue.dueOn(),
                        overdue.firedAt());
            }
            case CaseEvents.FollowUpRecorded.TYPE -> {
                CaseEvents.FollowUpRecorded talk = event.data(CaseEvents.FollowUpRecorded.class);
                worklist.followUpHeld(talk.caseId());
                if (talk.nextFollowUpOn() != null) {
                    worklist.caseItemDue(WorklistKind.FOLLOW_UP, talk.followUpId(), known(talk.caseId(), event),
                            talk.nextFollowUpOn());
                }
            }
            case CaseEvents.FollowUpOverdue.TYPE -> {
                CaseEvents.FollowUpOverdue overdue = event.data(CaseEvents.FollowUpOverdue.class);
                WorklistItem.timerFired(WorklistKind.FOLLOW_UP, overdue.followUpId(), overdue.dueOn(),
                        overdue.firedAt());
            }
            case CaseEvents.CaseClosed.TYPE -> worklist.caseClosed(event.data(CaseEvents.CaseClosed.class).caseId());
            case CaseEvents.CaseRestricted.TYPE ->
                    known(event.data(CaseEvents.CaseRestricted.class).caseId(), event).restricted = true;
            case CaseEvents.CaseRestrictionLifted.TYPE ->
                    known(event.data(CaseEvents.CaseRestrictionLifted.class).caseId(), event).restricted = false;
            case CaseEvents.CaseErased.TYPE -> {
                UUID caseId = event.data(CaseEvents.CaseErased.class).caseId();
                CaseLock.hold(caseId);
                known(caseId, event).erased = true;
                EnrollmentFact.update("erased = true where caseId = ?1", caseId);
                worklist.caseErased(caseId);
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
