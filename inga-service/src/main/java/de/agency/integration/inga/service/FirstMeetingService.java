package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.figures.WorkingDays;
import de.agency.integration.inga.domain.AgencyFederalState;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.FirstMeeting;
import de.agency.integration.inga.event.IngaFirstMeetingHeld;
import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The first meeting (Erstgespräch) after the acceptance, with the working days it took [sourced: the Federal Audit
 * Office found more than 14 working days in 56 % of cases]. Recorded once; a correction names its reason and
 * supersedes the record, which stays as history.
 */
@ApplicationScoped
public class FirstMeetingService {

    static final String ACCESS_LOG_KIND = "FIRST_MEETING";

    private final Outbox outbox;
    private final EnrollmentPolicy policy;
    private final WorkingDays workingDays;
    private final AgencyClock clock;
    private final EnrollmentDueDates dueDates;

    FirstMeetingService(Outbox outbox, EnrollmentPolicy policy, WorkingDays workingDays, AgencyClock clock,
                        EnrollmentDueDates dueDates) {
        this.dueDates = dueDates;
        this.outbox = outbox;
        this.policy = policy;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * @param correctionNote why an earlier record is corrected; required for a correction, refused without one (409)
     */
    @Transactional
    public FirstMeeting record(UUID enrollmentId, LocalDate heldOn, String correctionNote) {
        Enrollment enrollment = policy.forWork(enrollmentId);
        LocalDate today = clock.today();
        if (heldOn.isBefore(enrollment.enrolledOn) || heldOn.isAfter(today)) {
            throw new RuleViolationException("FIRST_MEETING_WITHIN_ENROLLMENT", "heldOn", "The first meeting lies "
                    + "between the acceptance (" + enrollment.enrolledOn + ") and today (" + today + ")");
        }
        Optional<FirstMeeting> current = FirstMeeting.currentOf(enrollmentId);
        if (current.isPresent() && (correctionNote == null || correctionNote.isBlank())) {
            throw new StateConflictException("The first meeting of enrollment " + enrollmentId + " is recorded "
                    + "already (" + current.get().heldOn + "); a correction names its reason in correctionNote",
                    List.of());
        }
        FirstMeeting meeting = new FirstMeeting();
        meeting.id = UUID.randomUUID();
        meeting.enrollmentId = enrollmentId;
        meeting.heldOn = heldOn;
        meeting.workingDays = workingDays.between(enrollment.enrolledOn, heldOn,
                AgencyFederalState.of(enrollment.agency).orElse(null));
        meeting.recordedBy = policy.caller();
        meeting.recordedAt = clock.now();
        meeting.correctionNote = current.isPresent() ? correctionNote : null;
        current.ifPresent(previous -> {
            previous.supersededBy = meeting.id;
            FirstMeeting.flush();
        });
        meeting.persist();
        dueDates.firstMeetingHeld(enrollmentId);
        outbox.record(EnrollmentService.AGGREGATE, enrollmentId.toString(), IngaFirstMeetingHeld.TYPE,
                new IngaFirstMeetingHeld(1, enrollmentId, enrollment.caseId, enrollment.agency, enrollment.team,
                        enrollment.ingaCounsellor, enrollment.enrolledOn, heldOn, meeting.workingDays,
                        current.isPresent()));
        return meeting;
    }

    /** The current record first, then those it corrected; a read of the enrollment. */
    @Transactional
    public List<FirstMeeting> history(UUID enrollmentId) {
        policy.forRead(enrollmentId, ACCESS_LOG_KIND);
        return FirstMeeting.historyOf(enrollmentId);
    }
}
