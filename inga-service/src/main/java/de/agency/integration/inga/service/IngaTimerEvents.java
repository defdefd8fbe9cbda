package de.agency.integration.inga.service;

import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.DueDateKind;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.event.EnrollmentEndingSoon;
import de.agency.integration.inga.event.FirstMeetingOverdue;
import de.agency.integration.outbox.Outbox;
import de.agency.integration.timers.DueTimer;
import de.agency.integration.timers.TimerEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** The timer events of inga-service, keyed by enrollment id; held while the enrollment's case is restricted. */
@ApplicationScoped
class IngaTimerEvents implements TimerEvents {

    private final Outbox outbox;

    IngaTimerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean fire(DueTimer timer, OffsetDateTime firedAt) {
        Enrollment enrollment = Enrollment.findById(timer.aggregateId());
        if (CaseReplica.isRestricted(enrollment.caseId)) {
            return false;
        }
        String key = enrollment.id.toString();
        switch (DueDateKind.valueOf(timer.kind())) {
            case FIRST_MEETING -> outbox.record(EnrollmentService.AGGREGATE, key, FirstMeetingOverdue.TYPE,
                    new FirstMeetingOverdue(1, enrollment.id, enrollment.caseId, timer.dueOn(), firedAt));
            case ENROLLMENT_END -> outbox.record(EnrollmentService.AGGREGATE, key, EnrollmentEndingSoon.TYPE,
                    new EnrollmentEndingSoon(1, enrollment.id, enrollment.caseId, timer.dueOn(), firedAt));
        }
        return true;
    }
}
