package de.agency.integration.cases.privacy;

import de.agency.integration.cases.domain.CaseDetails;
import de.agency.integration.cases.domain.CounsellingNote;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.PhaseTransition;
import de.agency.integration.cases.event.CaseEventPublisher;
import de.agency.integration.cases.event.CaseRestricted;
import de.agency.integration.cases.event.CaseRestrictionLifted;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.privacy.AccessLog;
import de.agency.integration.privacy.RetentionRule;
import de.agency.integration.privacy.RetentionRules;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The data lifecycle of cases (DESIGN.md 1.6), for the data protection officer: restriction (Art. 18 GDPR), erasure
 * (§ 84 SGB X, Art. 17) on demand and by a daily job once the retention after closing has passed, and subject access
 * (Art. 15). The callers' role is checked by the resource; every case a subject access shows is in the access log.
 */
@ApplicationScoped
public class CasePrivacyService implements RetentionRules {

    private static final int ERASURE_BATCH = 200;

    private final CaseErasure erasure;
    private final CaseEventPublisher events;
    private final CasePrivacyConfig config;
    private final AccessLog accessLog;
    private final EntityManager entityManager;
    private final AgencyClock clock;

    CasePrivacyService(CaseErasure erasure, CaseEventPublisher events, CasePrivacyConfig config, AccessLog accessLog,
                       EntityManager entityManager, AgencyClock clock) {
        this.erasure = erasure;
        this.events = events;
        this.config = config;
        this.accessLog = accessLog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(
                new RetentionRule("case and everything about it: profiling, goal, strategies, steps, follow-ups, "
                        + "counselling notes, history, the customer number", config.retentionAfterClose(),
                        "from CaseClosed", "erased by the daily erasure job (CaseErased); a restricted case waits "
                        + "until the restriction is lifted"),
                new RetentionRule("an open case", null, "while it is open", "kept; erased on the data protection "
                        + "officer's order only once closed"));
    }

    /** Freezes the case: no changes, reads by the data protection officer only, until lifted. */
    @Transactional
    public IntegrationCase restrict(UUID caseId, String reason) {
        IntegrationCase kase = IntegrationCase.findExisting(caseId);
        if (kase.isRestricted()) {
            throw new StateConflictException("Case " + caseId + " is restricted already since " + kase.restrictedAt,
                    List.of("POST /privacy/cases/" + caseId + "/lift"));
        }
        kase.restrictedAt = clock.now();
        kase.restrictionReason = reason;
        events.publish(caseId, CaseRestricted.TYPE, new CaseRestricted(1, caseId, kase.restrictedAt));
        return kase;
    }

    @Transactional
    public IntegrationCase lift(UUID caseId) {
        IntegrationCase kase = IntegrationCase.findExisting(caseId);
        if (!kase.isRestricted()) {
            throw new StateConflictException("Case " + caseId + " is not restricted",
                    List.of("POST /privacy/cases/" + caseId + "/restrict"));
        }
        kase.restrictedAt = null;
        kase.restrictionReason = null;
        events.publish(caseId, CaseRestrictionLifted.TYPE, new CaseRestrictionLifted(1, caseId, clock.now()));
        return kase;
    }

    /**
     * Erases a closed, unrestricted case now, whatever its retention.
     *
     * @return when it was erased
     */
    @Transactional
    public OffsetDateTime erase(UUID caseId) {
        IntegrationCase kase = IntegrationCase.findExisting(caseId);
        if (kase.isRestricted()) {
            throw new StateConflictException("Case " + caseId + " is restricted: lift the restriction before it can "
                    + "be erased", List.of("POST /privacy/cases/" + caseId + "/lift"));
        }
        if (!kase.isClosed()) {
            throw new StateConflictException("Case " + caseId + " is open: it is erased only once closed",
                    List.of("POST /cases/" + caseId + "/close"));
        }
        OffsetDateTime erasedAt = clock.now();
        erasure.erase(kase);
        return erasedAt;
    }

    @Scheduled(identity = "case-erasure", cron = "${cases.privacy.erasure-cron:0 30 2 * * ?}",
            timeZone = AgencyClock.ZONE_ID, concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        int total = 0;
        int erased;
        do {
            erased = eraseDue(ERASURE_BATCH);
            total += erased;
        } while (erased == ERASURE_BATCH);
        if (total > 0) {
            Log.infof("Erasure job: %d case(s) closed more than %s ago erased", total, config.retentionAfterClose());
        }
    }

    /**
     * Erases closed, unrestricted cases past their retention; the cases are locked and those another replica holds
     * skipped, so replicas never erase one twice, and a case erased already is no candidate.
     *
     * @return the number of cases erased
     */
    @Transactional
    public int eraseDue(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                        select id from integration_case
                        where closed_at < :cutoff and erased_at is null and restricted_at is null
                        order by closed_at limit :limit for update skip locked""", UUID.class)
                .setParameter("cutoff", clock.now().minus(config.retentionAfterClose()))
                .setParameter("limit", limit)
                .getResultList();
        if (!due.isEmpty()) {
            erasure.erase(due);
        }
        return due.size();
    }

    /** One case as the subject access shows it: the case in full, its counselling notes and its history. */
    public record CaseSubjectData(CaseDetails details, List<CounsellingNote> notes, List<PhaseTransition> history) {
    }

    /** Every case of the customer, restricted ones included; each one shown is recorded in the access log. */
    @Transactional
    public List<CaseSubjectData> casesOf(String customerNumber) {
        List<IntegrationCase> cases = IntegrationCase.list("customerNumber = ?1 order by openedAt", customerNumber);
        accessLog.read(AccessLog.SUBJECT_ACCESS, cases.stream()
                .map(kase -> new AccessLog.Subject(kase.id.toString(), customerNumber)).toList());
        return cases.stream().map(kase -> new CaseSubjectData(CaseDetails.of(kase), CounsellingNote.of(kase.id),
                PhaseTransition.historyOf(kase.id))).toList();
    }
}
