package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.EnrollmentStatus;
import de.agency.integration.inga.domain.ExitReason;
import de.agency.integration.inga.domain.InsetMonths;
import de.agency.integration.inga.event.EarlyExitRefused;
import de.agency.integration.inga.event.ExitReasonRecorded;
import de.agency.integration.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Exit (Beendigung) with a reason from the catalogue, by the counsellor, by the service at 24 months, or on a
 * handover of the case to SGB II.
 */
@ApplicationScoped
public class ExitService {

    static final String MAX_DURATION_REACHED = "MAX_DURATION_REACHED";
    static final String CHANGE_TO_SGB_II = "CHANGE_TO_SGB_II";

    private final Outbox outbox;
    private final EnrollmentPolicy policy;
    private final EarlyExitRefusals refusals;
    private final EntityManager entityManager;
    private final IngaMetrics metrics;
    private final AgencyClock clock;
    private final ContactFrequencies frequencies;
    private final EnrollmentDueDates dueDates;

    ExitService(Outbox outbox, EnrollmentPolicy policy, EarlyExitRefusals refusals, EntityManager entityManager,
                IngaMetrics metrics, AgencyClock clock, ContactFrequencies frequencies, EnrollmentDueDates dueDates) {
        this.frequencies = frequencies;
        this.dueDates = dueDates;
        this.outbox = outbox;
        this.policy = policy;
        this.refusals = refusals;
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param exitDate the day of the exit; today if null */
    @Transactional
    public EnrollmentDetails exit(UUID enrollmentId, String reasonCode, LocalDate exitDate, String justification,
                                  Boolean portfolioExhausted) {
        Enrollment enrollment = policy.forWork(enrollmentId);
        if (!enrollment.isOpen()) {
            throw new StateConflictException("Enrollment " + enrollmentId + " ended on " + enrollment.exitDate
                    + " already", List.of());
        }
        LocalDate today = clock.today();
        LocalDate day = exitDate == null ? today : exitDate;
        ExitReason reason = catalogued(reasonCode);
        if (day.isBefore(enrollment.enrolledOn) || day.isAfter(today)) {
            throw new RuleViolationException("EXIT_DATE_WITHIN_ENROLLMENT", "exitDate", "The exit date must lie "
                    + "between the enrollment (" + enrollment.enrolledOn + ") and today (" + today + ")");
        }
        int months = InsetMonths.full(enrollment.enrolledOn, day);
        if (months < reason.minMonthsInInga) {
            refusals.record(new EarlyExitRefused(1, enrollment.id, enrollment.caseId, enrollment.agency,
                    enrollment.team, enrollment.ingaCounsellor, reason.code, day, months, reason.minMonthsInInga));
            throw new RuleViolationException("MINIMUM_MONTHS_IN_INGA", "reason", reason.code + " is allowed only "
                    + "after at least " + reason.minMonthsInInga + " full months in Inga, i.e. from "
                    + InsetMonths.fullOn(enrollment.enrolledOn, reason.minMonthsInInga) + "; enrollment "
                    + enrollment.id + " has " + months + ". " + reason.explanation);
        }
        if (reason.requiresText && (justification == null || justification.isBlank())) {
            throw new RuleViolationException("JUSTIFICATION_REQUIRED", "justification", reason.code
                    + " needs a written justification");
        }
        if (reason.requiresPortfolioExhausted && !Boolean.TRUE.equals(portfolioExhausted)) {
            throw new RuleViolationException("PORTFOLIO_EXHAUSTED_REQUIRED", "portfolioExhausted", reason.code
                    + " needs the statement that the Inga service portfolio was exhausted (portfolioExhausted: true)");
        }
        enrollment.exitJustification = justification;
        enrollment.portfolioExhausted = portfolioExhausted;
        end(enrollment, reason.code, day);
        return frequencies.of(enrollment);
    }

    /**
     * Ends the open enrollments whose 24 months are full, with MAX_DURATION_REACHED. Rows are locked and others
     * skipped, so replicas running the job at the same time never end one enrollment twice.
     *
     * @return the number of enrollments ended
     */
    @Transactional
    public int endDueEnrollments(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                        select id from enrollment where status = 'OPEN' and latest_end_date <= ?1
                        order by latest_end_date limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, clock.today()).setParameter(2, limit)
                .getResultList();
        for (UUID id : due) {
            Enrollment enrollment = Enrollment.findById(id);
            end(enrollment, MAX_DURATION_REACHED, enrollment.latestEndDate);
        }
        return due.size();
    }

    /** The case was handed over to SGB II: its open enrollment ends with CHANGE_TO_SGB_II. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endOnChangeToSgb2(UUID caseId, LocalDate handedOverOn) {
        Enrollment.openOfCase(caseId).ifPresent(enrollment -> {
            LocalDate day = handedOverOn.isBefore(enrollment.enrolledOn) ? enrollment.enrolledOn : handedOverOn;
            end(enrollment, CHANGE_TO_SGB_II, day.isAfter(enrollment.latestEndDate) ? enrollment.latestEndDate : day);
        });
    }

    private void end(Enrollment enrollment, String reason, LocalDate day) {
        enrollment.status = EnrollmentStatus.ENDED;
        enrollment.exitReason = reason;
        enrollment.exitDate = day;
        enrollment.monthsInInga = Math.min(Enrollment.MAX_MONTHS, InsetMonths.full(enrollment.enrolledOn, day));
        dueDates.ended(enrollment.id);
        outbox.record(EnrollmentService.AGGREGATE, enrollment.id.toString(), ExitReasonRecorded.TYPE,
                new ExitReasonRecorded(1, enrollment.id, enrollment.caseId, enrollment.agency, enrollment.team,
                        enrollment.ingaCounsellor, reason, day, enrollment.monthsInInga));
        metrics.exited(enrollment.agency, reason);
    }

    private static ExitReason catalogued(String code) {
        ExitReason reason = ExitReason.findById(code);
        if (reason == null) {
            throw new RuleViolationException("EXIT_REASON_FROM_CATALOGUE", "reason", "Unknown exit reason " + code
                    + "; see GET /exit-reasons");
        }
        if (!reason.valid) {
            throw new RuleViolationException("NOT_A_REASON_TO_END_INGA", "reason", reason.explanation);
        }
        if (reason.appliedByService) {
            throw new RuleViolationException("APPLIED_BY_THE_SERVICE", "reason", reason.code
                    + " is applied by inga-service itself when the 24 months are full");
        }
        return reason;
    }
}
