package de.agency.integration.inga.service;

import de.agency.integration.accessreplica.TeamMembershipReplica;
import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.inga.domain.CaseCustomer;
import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.Referral;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.privacy.AccessLog;
import de.agency.integration.privacy.ScopeCondition;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Need-to-know for referrals (DESIGN.md 1.5), the one policy every referral endpoint goes through:
 * <ul>
 *   <li><b>refer</b>: a counsellor of the case's team (X90 membership as {@code COUNSELLOR});</li>
 *   <li><b>decide</b> (accept, decline): an Inga counsellor of the receiving team, holding
 *   {@code INTEGRATION_COUNSELLOR_SGB3} there;</li>
 *   <li><b>read</b>: who referred it, who may decide, and the leads of the receiving team.</li>
 * </ul>
 * Referrals of a restricted case (Art. 18 GDPR) are read by nobody here. Every read is recorded in the access log.
 */
@RequestScoped
public class ReferralPolicy {

    static final String ACCESS_LOG_KIND = "REFERRAL";

    private final CurrentCaller identity;
    private final AccessLog accessLog;

    ReferralPolicy(CurrentCaller identity, AccessLog accessLog) {
        this.identity = identity;
        this.accessLog = accessLog;
    }

    public String caller() {
        return identity.id();
    }

    public void requireMayRefer(CaseReplica kase) {
        if (!TeamMembershipReplica.isMember(caller(), kase.team, TeamMembershipReplica.COUNSELLOR)) {
            throw new AccessDeniedException("Only a counsellor of the case's team refers case " + kase.caseId);
        }
    }

    /** The referral, if the caller may accept or decline it (404, then 403). */
    public Referral forDecision(UUID referralId) {
        Referral referral = Referral.findExisting(referralId);
        if (!RoleGrantReplica.holdsFor(caller(), RoleGrantReplica.INTEGRATION_COUNSELLOR_SGB3, referral.toTeam)) {
            throw new AccessDeniedException("Only an Inga counsellor of the receiving team, holding "
                    + "INTEGRATION_COUNSELLOR_SGB3 there, decides referral " + referralId);
        }
        return referral;
    }

    /** JPQL condition on {@code Referral} for what the caller may read, its parameters added to {@code parameters}. */
    public String readCondition(Parameters parameters) {
        List<String> teams = Stream.concat(
                RoleGrantReplica.teamsOf(caller(), RoleGrantReplica.INTEGRATION_COUNSELLOR_SGB3).stream(),
                TeamMembershipReplica.teamsLedBy(caller()).stream()).distinct().toList();
        return new ScopeCondition(parameters).anyOf("referredBy", List.of(caller())).anyOf("toTeam", teams)
                .and("caseId not in (select c.caseId from CaseReplica c where c.restricted = true)");
    }

    public void recordReads(List<Referral> referrals) {
        accessLog.read(ACCESS_LOG_KIND, referrals.stream().map(referral -> new AccessLog.Subject(referral.id.toString(),
                CaseCustomer.numberOf(referral.caseId).orElse(null))).toList());
    }
}
