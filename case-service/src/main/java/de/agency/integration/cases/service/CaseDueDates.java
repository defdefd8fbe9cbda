package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.DueDateKind;
import de.agency.integration.cases.domain.FollowUp;
import de.agency.integration.cases.domain.ImplementationStep;
import de.agency.integration.timers.DueTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The due dates (Fristen) of phase 4, Umsetzung und Nachhaltung, as timers set and cancelled with the change that
 * sets or meets them: an agreed step is overdue the day after its due date while open; a planned follow-up talk is
 * overdue the day after its date unless another talk was recorded. Calendar days, the agency's clock.
 */
@ApplicationScoped
public class CaseDueDates {

    private static final String STEP = DueDateKind.IMPLEMENTATION_STEP.name();
    private static final String FOLLOW_UP = DueDateKind.FOLLOW_UP.name();

    private final DueTimers timers;

    CaseDueDates(DueTimers timers) {
        this.timers = timers;
    }

    /** A step agreed, or its status changed: open, it is watched; done, it is met. */
    @Transactional(Transactional.TxType.MANDATORY)
    void stepIs(ImplementationStep step) {
        if (step.status == ImplementationStep.Status.DONE) {
            timers.cancel(STEP, step.id);
        } else {
            timers.set(STEP, step.id, step.caseId, step.dueDate, step.dueDate.plusDays(1));
        }
    }

    /** A talk meets the one planned before it, and may plan the next. */
    @Transactional(Transactional.TxType.MANDATORY)
    void followUpHeld(FollowUp talk) {
        timers.cancelAll(talk.caseId, FOLLOW_UP);
        if (talk.nextFollowUpOn != null) {
            timers.set(FOLLOW_UP, talk.id, talk.caseId, talk.nextFollowUpOn, talk.nextFollowUpOn.plusDays(1));
        }
    }

    /** A closed case has no due dates left. */
    @Transactional(Transactional.TxType.MANDATORY)
    void caseClosed(UUID caseId) {
        timers.cancelAll(caseId);
    }
}
