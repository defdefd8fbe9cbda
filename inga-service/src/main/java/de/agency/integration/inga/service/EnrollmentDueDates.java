package de.agency.integration.inga.service;

import de.agency.integration.figures.WorkingDays;
import de.agency.integration.inga.domain.AgencyFederalState;
import de.agency.integration.inga.domain.DueDateKind;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.timers.DueTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The due dates of an enrollment, as timers set and cancelled with the change that sets or meets them: the first
 * meeting (Erstgespräch) is due a number of working days after the acceptance and overdue the day after; the end of
 * the 24 months is announced a number of calendar days ahead. Both from the agency's clock.
 */
@ApplicationScoped
public class EnrollmentDueDates {

    private static final String FIRST_MEETING = DueDateKind.FIRST_MEETING.name();
    private static final String ENROLLMENT_END = DueDateKind.ENROLLMENT_END.name();

    private final DueTimers timers;
    private final WorkingDays workingDays;
    private final DueDatesConfig config;

    EnrollmentDueDates(DueTimers timers, WorkingDays workingDays, DueDatesConfig config) {
        this.timers = timers;
        this.workingDays = workingDays;
        this.config = config;
    }

    /** The last day of the first meeting: the working days after the acceptance, in the agency's federal state. */
    public LocalDate firstMeetingDue(Enrollment enrollment) {
        return workingDays.after(enrollment.enrolledOn, config.firstMeetingWorkingDays(),
                AgencyFederalState.of(enrollment.agency).orElse(null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void enrolled(Enrollment enrollment, LocalDate firstMeetingDue) {
        timers.set(FIRST_MEETING, enrollment.id, enrollment.id, firstMeetingDue, firstMeetingDue.plusDays(1));
        timers.set(ENROLLMENT_END, enrollment.id, enrollment.id, enrollment.latestEndDate,
                enrollment.latestEndDate.minusDays(config.endingSoonDays()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void firstMeetingHeld(UUID enrollmentId) {
        timers.cancel(FIRST_MEETING, enrollmentId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void ended(UUID enrollmentId) {
        timers.cancelAll(enrollmentId);
    }
}
