package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.FollowUp;
import de.agency.integration.cases.domain.ImplementationStep;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.Phase;
import de.agency.integration.cases.domain.Responsible;
import de.agency.integration.cases.domain.StepKind;
import de.agency.integration.cases.event.CaseEventPublisher;
import de.agency.integration.cases.event.FollowUpRecorded;
import de.agency.integration.cases.event.ImplementationStepAgreed;
import de.agency.integration.cases.event.ImplementationStepStatusChanged;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Umsetzung und Nachhaltung: agreed steps and follow-up talks, whose due dates travel with their events and are
 * watched as timers ({@link CaseDueDates}).
 */
@ApplicationScoped
public class ImplementationService {

    private final CaseEventPublisher events;
    private final CasePolicy policy;
    private final AgencyClock clock;
    private final CaseDueDates dueDates;

    ImplementationService(CaseEventPublisher events, CasePolicy policy, AgencyClock clock, CaseDueDates dueDates) {
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.dueDates = dueDates;
    }

    @Transactional
    public ImplementationStep agreeStep(UUID caseId, StepKind kind, String description, Responsible responsible,
                                        LocalDate dueDate) {
        policy.forWrite(caseId, CaseAction.AGREE_STEP);
        ImplementationStep step = new ImplementationStep();
        step.id = UUID.randomUUID();
        step.caseId = caseId;
        step.kind = kind;
        step.description = description;
        step.responsible = responsible;
        step.dueDate = dueDate;
        step.status = ImplementationStep.Status.OPEN;
        step.persist();
        dueDates.stepIs(step);
        events.publish(caseId, ImplementationStepAgreed.TYPE, new ImplementationStepAgreed(1, caseId, step.id, kind,
                responsible, dueDate, clock.now()));
        return step;
    }

    /** Marks an agreed step done or open again. */
    @Transactional
    public ImplementationStep updateStepStatus(UUID caseId, UUID stepId, ImplementationStep.Status status) {
        policy.forWrite(caseId, CaseAction.UPDATE_STEP);
        ImplementationStep step = ImplementationStep.<ImplementationStep>find("id = ?1 and caseId = ?2", stepId, caseId)
                .firstResultOptional()
                .orElseThrow(() -> new ResourceNotFoundException("Case " + caseId + " has no step " + stepId));
        if (step.status != status) {
            step.status = status;
            dueDates.stepIs(step);
            events.publish(caseId, ImplementationStepStatusChanged.TYPE, new ImplementationStepStatusChanged(1, caseId,
                    stepId, status, step.dueDate, clock.now()));
        }
        return step;
    }

    /**
     * Records a follow-up talk; one that reopens profiling sends the case back to phase PROFILING. The talk meets the
     * one planned before it and may plan the next.
     *
     * @param nextFollowUpOn the day of the next talk, or null
     */
    @Transactional
    public FollowUp recordFollowUp(UUID caseId, LocalDate heldOn, String progress, boolean reopenProfiling,
                                   LocalDate nextFollowUpOn) {
        IntegrationCase followed = policy.forWrite(caseId, CaseAction.RECORD_FOLLOW_UP);
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.caseId = caseId;
        followUp.heldOn = heldOn;
        followUp.progress = progress;
        followUp.reopensProfiling = reopenProfiling;
        followUp.nextFollowUpOn = nextFollowUpOn;
        followUp.persist();
        dueDates.followUpHeld(followUp);
        OffsetDateTime now = clock.now();
        if (reopenProfiling) {
            followed.moveTo(Phase.PROFILING, "FOLLOW_UP_REOPENED_PROFILING", policy.userId(), now);
        }
        events.publish(caseId, FollowUpRecorded.TYPE,
                new FollowUpRecorded(2, caseId, followUp.id, heldOn, reopenProfiling, nextFollowUpOn, now));
        return followUp;
    }
}
