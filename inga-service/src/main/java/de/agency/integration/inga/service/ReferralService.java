package de.agency.integration.inga.service;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.Referral;
import de.agency.integration.inga.domain.ReferralDeclineReason;
import de.agency.integration.inga.domain.ReferralStatus;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.inga.event.IngaReferralDeclined;
import de.agency.integration.inga.event.IngaReferred;
import de.agency.integration.outbox.Outbox;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The referral (Zuweisung) of a case to an Inga team by its counsellor, and the team's decision: accepted, the
 * enrollment starts ({@code InsetEnrolled}); declined, with a reason from the catalogue. An Inga counsellor may still
 * enroll a customer directly (the referral is then implicit).
 */
@ApplicationScoped
public class ReferralService {

    static final String AGGREGATE = "referral";
    private static final int SEARCH_LIMIT = 500;

    private final Outbox outbox;
    private final ReferralPolicy policy;
    private final EnrollmentService enrollments;
    private final AgencyClock clock;

    ReferralService(Outbox outbox, ReferralPolicy policy, EnrollmentService enrollments, AgencyClock clock) {
        this.outbox = outbox;
        this.policy = policy;
        this.enrollments = enrollments;
        this.clock = clock;
    }

    /** Refers the case under the rules of an enrollment (422 naming the rule); one open referral per case. */
    @Transactional
    public Referral refer(UUID caseId, String toTeam, Set<String> circumstances) {
        CaseReplica kase = CaseReplica.findById(caseId);
        if (kase != null) {
            policy.requireMayRefer(kase);
        }
        Eligibility.requireEnrollable(caseId, circumstances);
        if (!RoleGrantReplica.isIngaTeam(toTeam)) {
            throw new RuleViolationException("INGA_TEAM_REQUIRED", "team", "Team " + toTeam + " has no Inga "
                    + "counsellor (nobody holds INTEGRATION_COUNSELLOR_SGB3 there)");
        }
        if (Referral.openForCase(caseId)) {
            throw new RuleViolationException("ONE_OPEN_REFERRAL_PER_CASE", "caseId", "Case " + caseId
                    + " is referred already; the Inga team decides that referral first");
        }
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.caseId = caseId;
        referral.agency = kase.agency;
        referral.fromTeam = kase.team;
        referral.toTeam = toTeam;
        referral.referredBy = policy.caller();
        referral.referredOn = clock.today();
        referral.status = ReferralStatus.OPEN;
        referral.persist();
        outbox.record(AGGREGATE, referral.id.toString(), IngaReferred.TYPE, new IngaReferred(1, referral.id, caseId,
                referral.agency, referral.fromTeam, toTeam, referral.referredOn));
        return referral;
    }

    /**
     * The receiving team takes the case on: the enrollment starts with the Inga counsellor (the caller if null), who
     * must hold the role in that team.
     */
    @Transactional
    public Referral accept(UUID referralId, String ingaCounsellor) {
        Referral referral = open(policy.forDecision(referralId));
        String counsellor = ingaCounsellor == null ? policy.caller() : ingaCounsellor;
        if (!RoleGrantReplica.holdsFor(counsellor, RoleGrantReplica.INTEGRATION_COUNSELLOR_SGB3, referral.toTeam)) {
            throw new RuleViolationException("INGA_COUNSELLOR_OF_THE_TEAM", "ingaCounsellor", counsellor
                    + " holds no INTEGRATION_COUNSELLOR_SGB3 in the receiving team " + referral.toTeam);
        }
        Enrollment enrollment = enrollments.begin(referral.caseId, counsellor, Set.of());
        referral.status = ReferralStatus.ACCEPTED;
        referral.decidedBy = policy.caller();
        referral.decidedOn = clock.today();
        referral.enrollmentId = enrollment.id;
        return referral;
    }

    /** The receiving team declines; the note stays here, the event carries the reason code only. */
    @Transactional
    public Referral decline(UUID referralId, String reason, String note) {
        Referral referral = open(policy.forDecision(referralId));
        if (ReferralDeclineReason.findById(reason) == null) {
            throw new RuleViolationException("DECLINE_REASON_FROM_CATALOGUE", "reason", "Unknown decline reason "
                    + reason + "; allowed: " + ReferralDeclineReason.catalogue().stream().map(r -> r.code).toList());
        }
        if ("OTHER".equals(reason) && (note == null || note.isBlank())) {
            throw new RuleViolationException("DECLINE_NOTE_REQUIRED", "note", "Declining for OTHER needs a note");
        }
        referral.status = ReferralStatus.DECLINED;
        referral.decidedBy = policy.caller();
        referral.decidedOn = clock.today();
        referral.declineReason = reason;
        referral.declineNote = note;
        outbox.record(AGGREGATE, referral.id.toString(), IngaReferralDeclined.TYPE, new IngaReferralDeclined(1,
                referral.id, referral.caseId, referral.agency, referral.toTeam, reason, referral.decidedOn));
        return referral;
    }

    /** Referrals the caller may read, of a receiving team and in a status if given; the newest first. */
    @Transactional
    public List<Referral> search(String team, ReferralStatus status) {
        Parameters parameters = new Parameters();
        StringBuilder query = new StringBuilder(policy.readCondition(parameters));
        if (team != null) {
            query.append(" and toTeam = :team");
            parameters.and("team", team);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        List<Referral> found = Referral.<Referral>find(query.toString(), Sort.descending("referredOn").and("id"),
                parameters).page(0, SEARCH_LIMIT).list();
        policy.recordReads(found);
        return found;
    }

    private static Referral open(Referral referral) {
        if (referral.status != ReferralStatus.OPEN) {
            throw new StateConflictException("Referral " + referral.id + " is " + referral.status + " already",
                    List.of());
        }
        if (CaseReplica.isRestricted(referral.caseId)) {
            throw new StateConflictException("The case of referral " + referral.id + " is restricted (Art. 18 GDPR): "
                    + "nobody decides it until the restriction is lifted", List.of());
        }
        return referral;
    }
}
