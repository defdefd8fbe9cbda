package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.inga.domain.AgencyFederalState;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.EnrollmentStatus;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.inga.event.InsetEnrolled;
import de.agency.integration.outbox.Outbox;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Enrollment (Einmündung) into Inga under the eligibility rules, and the search of enrollments. */
@ApplicationScoped
public class EnrollmentService {

    static final String AGGREGATE = "enrollment";
    static final String ACCESS_LOG_KIND = "ENROLLMENT";
    private static final int SEARCH_LIMIT = 500;

    private final Outbox outbox;
    private final EnrollmentPolicy policy;
    private final IngaMetrics metrics;
    private final AgencyClock clock;
    private final CaseloadConfig caseload;
    private final ContactFrequencies frequencies;
    private final EnrollmentDueDates dueDates;

    EnrollmentService(Outbox outbox, EnrollmentPolicy policy, IngaMetrics metrics, AgencyClock clock,
                      CaseloadConfig caseload, ContactFrequencies frequencies, EnrollmentDueDates dueDates) {
        this.caseload = caseload;
        this.frequencies = frequencies;
        this.dueDates = dueDates;
        this.outbox = outbox;
        this.policy = policy;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * The enrollment belongs to the Inga team on whose membership the counsellor's role rests.
     *
     * @param ingaCounsellor the counsellor to work the enrollment; the caller if null
     * @param circumstances  codes of the exclusion catalogue that apply to the customer
     */
    @Transactional
    public EnrollmentDetails enroll(UUID caseId, String ingaCounsellor, Set<String> circumstances) {
        Enrollment enrollment = begin(caseId, ingaCounsellor, circumstances);
        return frequencies.of(enrollment, caseloadWarning(enrollment.ingaCounsellor).orElse(null));
    }

    /** The enrollment begun, in the caller's transaction (an enrollment, or an accepted referral). */
    @Transactional(Transactional.TxType.MANDATORY)
    Enrollment begin(UUID caseId, String ingaCounsellor, Set<String> circumstances) {
        String counsellor = ingaCounsellor == null ? policy.caller() : ingaCounsellor;
        policy.requireMayEnrollFor(counsellor);
        Eligibility.Enrollable enrollable = Eligibility.requireEnrollable(caseId, circumstances);
        CaseReplica kase = enrollable.kase();
        String customerNumber = enrollable.customerNumber();
        String team = RoleGrantReplica.teamOf(counsellor, RoleGrantReplica.INTEGRATION_COUNSELLOR_SGB3)
                .orElseThrow(() -> new RuleViolationException("INGA_COUNSELLOR_ROLE_REQUIRED", "ingaCounsellor",
                        counsellor + " does not hold INTEGRATION_COUNSELLOR_SGB3; request it at access-service"));
        Enrollment enrollment = new Enrollment();
        enrollment.id = UUID.randomUUID();
        enrollment.caseId = caseId;
        enrollment.customerNumber = customerNumber;
        enrollment.agency = kase.agency;
        enrollment.team = team;
        enrollment.ingaCounsellor = counsellor;
        enrollment.enrolledOn = clock.today();
        enrollment.latestEndDate = enrollment.enrolledOn.plusMonths(Enrollment.MAX_MONTHS);
        enrollment.status = EnrollmentStatus.OPEN;
        enrollment.persist();
        LocalDate firstMeetingDue = dueDates.firstMeetingDue(enrollment);
        dueDates.enrolled(enrollment, firstMeetingDue);
        outbox.record(AGGREGATE, enrollment.id.toString(), InsetEnrolled.TYPE, new InsetEnrolled(4, enrollment.id,
                caseId, enrollment.agency, team, counsellor, enrollment.enrolledOn, enrollment.latestEndDate,
                AgencyFederalState.of(enrollment.agency).orElse(null), firstMeetingDue));
        metrics.enrolled(enrollment.agency);
        return enrollment;
    }

    /**
     * A warning when the Inga counsellor looks after as many open enrollments as the caseload key or more: enrolling
     * beyond it is allowed, never silently.
     */
    private Optional<String> caseloadWarning(String ingaCounsellor) {
        long open = Enrollment.count("ingaCounsellor = ?1 and status = ?2", ingaCounsellor, EnrollmentStatus.OPEN);
        return open >= caseload.key()
                ? Optional.of(ingaCounsellor + " looks after " + open + " open enrollments, at or above the caseload "
                + "key of " + caseload.key())
                : Optional.empty();
    }

    /** The enrollment, if the caller may read it; the read is recorded in the access log. */
    @Transactional
    public EnrollmentDetails get(UUID id) {
        return frequencies.of(policy.forRead(id, ACCESS_LOG_KIND));
    }

    /**
     * Enrollments the caller may read that meet the criteria, soonest end first: the access policy is part of the
     * query. Each enrollment shown is recorded in the access log.
     *
     * @param endingWithinDays open enrollments whose 24 months end within that many days
     */
    @Transactional
    public List<EnrollmentDetails> search(String agency, String counsellor, EnrollmentStatus status,
                                          Integer endingWithinDays) {
        Parameters parameters = new Parameters();
        StringBuilder query = new StringBuilder(policy.readScope().condition(parameters));
        if (agency != null) {
            query.append(" and agency = :agency");
            parameters.and("agency", agency);
        }
        if (counsellor != null) {
            query.append(" and ingaCounsellor = :counsellor");
            parameters.and("counsellor", counsellor);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (endingWithinDays != null) {
            query.append(" and status = :open and latestEndDate <= :until");
            parameters.and("open", EnrollmentStatus.OPEN).and("until", clock.today().plusDays(endingWithinDays));
        }
        List<Enrollment> found = Enrollment.<Enrollment>find(query + " order by latestEndDate, id", parameters)
                .page(0, SEARCH_LIMIT).list();
        policy.recordReads(ACCESS_LOG_KIND, found);
        return frequencies.of(found);
    }
}
