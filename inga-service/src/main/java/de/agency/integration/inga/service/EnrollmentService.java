package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.EligibleProfileCategory;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.EnrollmentStatus;
import de.agency.integration.inga.domain.ExclusionCriterion;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.inga.event.InsetEnrolled;
import de.agency.integration.outbox.Outbox;
import de.agency.integration.problem.RuleViolationException;
import de.agency.integration.problem.StateConflictException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    EnrollmentService(Outbox outbox, EnrollmentPolicy policy, IngaMetrics metrics, AgencyClock clock) {
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
    public Enrollment enroll(UUID caseId, String ingaCounsellor, Set<String> circumstances) {
        String counsellor = ingaCounsellor == null ? policy.caller() : ingaCounsellor;
        policy.requireMayEnrollFor(counsellor);
        CaseReplica kase = CaseReplica.findById(caseId);
        if (kase == null) {
            throw new RuleViolationException("CASE_UNKNOWN", "caseId", "Case " + caseId
                    + " is not known to inga-service (yet); it learns cases from case-service's events");
        }
        String customerNumber = CaseCustomer.numberOf(caseId).orElseThrow(() -> new RuleViolationException(
                "CASE_UNKNOWN", "caseId", "The customer of case " + caseId + " is not known to inga-service (yet); it "
                + "learns it from case-service's topic case-customers"));
        if (kase.restricted) {
            throw new StateConflictException("Case " + caseId + " is restricted (Art. 18 GDPR): nobody enrolls its "
                    + "customer until the restriction is lifted", List.of());
        }
        requireEligible(kase, circumstances);
        Enrollment.openOfCustomer(customerNumber).ifPresent(open -> {
            throw new RuleViolationException("ONE_OPEN_ENROLLMENT_PER_CUSTOMER", "caseId", "The customer of case "
                    + caseId + " is enrolled already (enrollment " + open.id + ")");
        });
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
        outbox.record(AGGREGATE, enrollment.id.toString(), InsetEnrolled.TYPE, new InsetEnrolled(2, enrollment.id,
                caseId, enrollment.agency, team, counsellor, enrollment.enrolledOn, enrollment.latestEndDate));
        metrics.enrolled(enrollment.agency);
        return enrollment;
    }

    private static void requireEligible(CaseReplica kase, Set<String> circumstances) {
        if (!"SGB_III".equals(kase.legalDomain)) {
            throw new RuleViolationException("SGB_III_ONLY", "caseId", "Inga is for SGB III customers only; case "
                    + kase.caseId + " is in " + kase.legalDomain);
        }
        if (kase.closed) {
            throw new RuleViolationException("EXCLUDED", "caseId", excluded(ExclusionCriterion.CASE_CLOSED));
        }
        Set<String> known = ExclusionCriterion.catalogue().stream().map(c -> c.code).collect(Collectors.toSet());
        for (String circumstance : circumstances) {
            if (!known.contains(circumstance)) {
                throw new RuleViolationException("UNKNOWN_CIRCUMSTANCE", "circumstances", "Unknown circumstance "
                        + circumstance + "; allowed: " + known.stream().sorted().toList());
            }
        }
        if (!circumstances.isEmpty()) {
            throw new RuleViolationException("EXCLUDED", "circumstances",
                    excluded(circumstances.stream().sorted().findFirst().orElseThrow()));
        }
        List<String> eligible = EligibleProfileCategory.codes();
        if (kase.profileCategory == null || !eligible.contains(kase.profileCategory)) {
            throw new RuleViolationException("COMPLEX_PROFILE_REQUIRED", "caseId", "Inga needs a complex profile "
                    + "category " + eligible + "; case " + kase.caseId + " has "
                    + (kase.profileCategory == null ? "no completed profiling" : kase.profileCategory));
        }
    }

    private static String excluded(String code) {
        ExclusionCriterion criterion = ExclusionCriterion.findById(code);
        return "Excluded from Inga: " + code + " (" + criterion.explanation + ")";
    }

    /** The enrollment, if the caller may read it; the read is recorded in the access log. */
    @Transactional
    public Enrollment get(UUID id) {
        return policy.forRead(id, ACCESS_LOG_KIND);
    }

    /**
     * Enrollments the caller may read that meet the criteria, soonest end first: the access policy is part of the
     * query. Each enrollment shown is recorded in the access log.
     *
     * @param endingWithinDays open enrollments whose 24 months end within that many days
     */
    @Transactional
    public List<Enrollment> search(String agency, String counsellor, EnrollmentStatus status, Integer endingWithinDays) {
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
        return found;
    }
}
