package de.agency.integration.cases.event;

import de.agency.integration.cases.domain.DueDateKind;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.timers.DueTimer;
import de.agency.integration.timers.TimerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** The timer events of case-service, keyed by case id like every case event; held while the case is restricted. */
@ApplicationScoped
class CaseTimerEvents implements TimerEvents {

    private final CaseEventPublisher events;

    CaseTimerEvents(CaseEventPublisher events) {
        this.events = events;
    }

    @Override
    public boolean fire(DueTimer timer, OffsetDateTime firedAt) {
        IntegrationCase kase = IntegrationCase.findById(timer.aggregateId());
        if (kase.isRestricted()) {
            return false;
        }
        switch (DueDateKind.valueOf(timer.kind())) {
            case IMPLEMENTATION_STEP -> events.publish(kase.id, ImplementationStepOverdue.TYPE,
                    new ImplementationStepOverdue(1, kase.id, timer.subjectId(), timer.dueOn(), firedAt));
            case FOLLOW_UP -> events.publish(kase.id, FollowUpOverdue.TYPE,
                    new FollowUpOverdue(1, kase.id, timer.subjectId(), timer.dueOn(), firedAt));
        }
        return true;
    }
}
