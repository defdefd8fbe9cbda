package de.agency.integration.reporting.service;

import de.agency.integration.inbox.PoisonEventException;
import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.reporting.domain.CaseFact;
import de.agency.integration.reporting.domain.ContactFact;
import de.agency.integration.reporting.domain.EarlyExitRefusal;
import de.agency.integration.reporting.domain.EnrollmentFact;
import de.agency.integration.reporting.domain.FirstMeetingFact;
import de.agency.integration.reporting.domain.ReferralFact;
import de.agency.integration.reporting.domain.WorklistItem;
import de.agency.integration.reporting.domain.WorklistKind;
import de.agency.integration.reporting.event.IngaEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Referrals, enrollments, first meetings, contacts, exits and refused early exits, and the worklist's first meetings
 * and enrollment ends, from {@code inga-events}.
 */
@ApplicationScoped
public class IngaProjection implements Projection {

    private final WorklistProjection worklist;

    IngaProjection(WorklistProjection worklist) {
        this.worklist = worklist;
    }

    @Override
    public String topic() {
        return "inga-events";
    }

    @Override
    public void apply(ReceivedEvent event) {
        switch (event.type()) {
            case IngaEvents.InsetEnrolled.TYPE -> {
                IngaEvents.InsetEnrolled enrolled = event.data(IngaEvents.InsetEnrolled.class);
                CaseLock.hold(enrolled.caseId());
                EnrollmentFact enrollment = new EnrollmentFact();
                enrollment.enrollmentId = enrolled.enrollmentId();
                enrollment.caseId = enrolled.caseId();
                enrollment.agency = enrolled.agency();
                enrollment.team = enrolled.team();
                enrollment.ingaCounsellor = enrolled.ingaCounsellor();
                enrollment.enrolledOn = enrolled.enrolledAt();
                enrollment.latestEndDate = enrolled.latestEndDate();
                enrollment.federalState = enrolled.federalState();
                // a replay may bring the enrollment after its case's erasure (another topic): it is erased from the start
                enrollment.erased = CaseFact.<CaseFact>findByIdOptional(enrolled.caseId()).map(kase -> kase.erased)
                        .orElse(false);
                enrollment.persist();
                ReferralFact.acceptedBy(enrolled.caseId(), enrolled.enrolledAt());
                if (!enrollment.erased) {
                    worklist.enrolled(enrolled);
                }
            }
            case IngaEvents.IngaReferred.TYPE -> {
                IngaEvents.IngaReferred referred = event.data(IngaEvents.IngaReferred.class);
                CaseLock.hold(referred.caseId());
                ReferralFact referral = new ReferralFact();
                referral.referralId = referred.referralId();
                referral.caseId = referred.caseId();
                referral.agency = referred.agency();
                referral.team = referred.toTeam();
                referral.referredOn = referred.referredOn();
                referral.outcome = ReferralFact.OPEN;
                referral.persist();
                // the enrollment (another partition) may have come first
                EnrollmentFact.<EnrollmentFact>find("caseId = ?1 and enrolledOn >= ?2", referred.caseId(),
                        referred.referredOn()).firstResultOptional()
                        .ifPresent(enrollment -> ReferralFact.acceptedBy(referred.caseId(), enrollment.enrolledOn));
            }
            case IngaEvents.IngaReferralDeclined.TYPE -> {
                IngaEvents.IngaReferralDeclined declined = event.data(IngaEvents.IngaReferralDeclined.class);
                ReferralFact referral = ReferralFact.findById(declined.referralId());
                if (referral == null) {
                    throw new PoisonEventException(event + " declines referral " + declined.referralId()
                            + ", which was never made");
                }
                referral.outcome = ReferralFact.DECLINED;
                referral.declineReason = declined.reason();
                referral.decidedOn = declined.declinedOn();
            }
            case IngaEvents.IngaFirstMeetingHeld.TYPE -> {
                IngaEvents.IngaFirstMeetingHeld held = event.data(IngaEvents.IngaFirstMeetingHeld.class);
                known(held.enrollmentId(), event);
                FirstMeetingFact meeting = FirstMeetingFact.<FirstMeetingFact>findByIdOptional(held.enrollmentId())
                        .orElseGet(FirstMeetingFact::new);
                meeting.enrollmentId = held.enrollmentId();
                meeting.heldOn = held.heldOn();
                meeting.workingDays = held.workingDaysSinceAcceptance();
                meeting.persist();
                WorklistItem.done(WorklistKind.FIRST_MEETING, held.enrollmentId());
            }
            case IngaEvents.FirstMeetingOverdue.TYPE -> {
                IngaEvents.FirstMeetingOverdue overdue = event.data(IngaEvents.FirstMeetingOverdue.class);
                WorklistItem.timerFired(WorklistKind.FIRST_MEETING, overdue.enrollmentId(), overdue.dueOn(),
                        overdue.firedAt());
            }
            case IngaEvents.EnrollmentEndingSoon.TYPE -> {
                IngaEvents.EnrollmentEndingSoon soon = event.data(IngaEvents.EnrollmentEndingSoon.class);
                WorklistItem.timerFired(WorklistKind.ENROLLMENT_END, soon.enrollmentId(), soon.latestEndDate(),
                        soon.firedAt());
            }
            case IngaEvents.IngaContactRecorded.TYPE -> {
                IngaEvents.IngaContactRecorded recorded = event.data(IngaEvents.IngaContactRecorded.class);
                known(recorded.enrollmentId(), event);
                ContactFact contact = new ContactFact();
                contact.contactId = recorded.contactId();
                contact.enrollmentId = recorded.enrollmentId();
                contact.form = recorded.form();
                contact.contactDate = recorded.contactDate();
                contact.persist();
            }
            case IngaEvents.EarlyExitRefused.TYPE -> {
                IngaEvents.EarlyExitRefused refused = event.data(IngaEvents.EarlyExitRefused.class);
                EarlyExitRefusal refusal = new EarlyExitRefusal();
                refusal.eventId = event.id();
                refusal.enrollmentId = refused.enrollmentId();
                refusal.agency = refused.agency();
                refusal.team = refused.team();
                refusal.reason = refused.reason();
                refusal.attemptedOn = refused.attemptedOn();
                refusal.monthsInInga = refused.monthsInInga();
                refusal.persist();
            }
            case IngaEvents.ExitReasonRecorded.TYPE -> {
                IngaEvents.ExitReasonRecorded exit = event.data(IngaEvents.ExitReasonRecorded.class);
                EnrollmentFact enrollment = known(exit.enrollmentId(), event);
                enrollment.exitReason = exit.reason();
                enrollment.exitDate = exit.exitDate();
                enrollment.monthsInInga = exit.monthsInInga();
                worklist.exited(enrollment);
            }
            default -> {
                // consents are not reported on
            }
        }
    }

    private static EnrollmentFact known(UUID enrollmentId, ReceivedEvent event) {
        EnrollmentFact enrollment = EnrollmentFact.findById(enrollmentId);
        if (enrollment == null) {
            throw new PoisonEventException(event + " concerns enrollment " + enrollmentId + ", which never began");
        }
        return enrollment;
    }
}
