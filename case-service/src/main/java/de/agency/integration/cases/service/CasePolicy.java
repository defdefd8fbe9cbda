package de.agency.integration.cases.service;

import de.agency.integration.accessreplica.DeputyReplica;
import de.agency.integration.accessreplica.TeamMembershipReplica;
import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.privacy.AccessLog;
import de.agency.integration.privacy.DataProtectionOfficer;
import de.agency.integration.privacy.ScopeCondition;
import de.agency.integration.web.etag.EntityTags;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Need-to-know for cases (DESIGN.md 1.5), the one policy every case endpoint, list and search goes through.
 * <ul>
 *   <li><b>write</b>: the counsellors of the case's X90 team; while the customer is enrolled in Inga the Inga flag
 *   (Inga-Kennung) steers access instead: the enrollment's Inga counsellor and his or her current deputies, each
 *   holding {@value #INGA_COUNSELLOR}, work the case, and the original team reads only. At the exit
 *   (Rücküberführung) the case returns to its team.</li>
 *   <li><b>read</b>: who may write, the counsellors and leads of the case's team, and the leads of the Inga team.</li>
 * </ul>
 * Nobody else, whatever the role (access admins, reporting viewers, the data protection officer). A restricted case
 * (Art. 18 GDPR) is changed by nobody and read by the data protection officer only. Team memberships and deputies come
 * from access-service's events, the Inga enrollment from inga-service's; roles from the token. Every read is recorded
 * in the access log.
 */
@RequestScoped
public class CasePolicy {

    static final String INGA_COUNSELLOR = "INTEGRATION_COUNSELLOR_SGB3";
    static final String ACCESS_LOG_KIND = "CASE";

    private final CurrentCaller identity;
    private final AccessLog accessLog;
    private final AgencyClock clock;
    private final EntityTags entityTags;
    private ReadScope readScope;

    CasePolicy(CurrentCaller identity, AccessLog accessLog, AgencyClock clock, EntityTags entityTags) {
        this.entityTags = entityTags;
        this.identity = identity;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** What the caller may read: the condition every search of cases adds to its query. */
    public record ReadScope(List<String> teams, List<String> ingaTeams, List<String> ingaCounsellors) {

        public boolean isEmpty() {
            return teams.isEmpty() && ingaTeams.isEmpty() && ingaCounsellors.isEmpty();
        }

        boolean covers(IntegrationCase kase) {
            return teams.contains(kase.team)
                    || kase.isSteeredByInga() && (ingaTeams.contains(kase.ingaTeam)
                    || ingaCounsellors.contains(kase.ingaCounsellor));
        }

        /**
         * JPQL condition on {@code IntegrationCase}, with its parameters added to {@code parameters}; restricted and
         * erased cases are found by nobody.
         */
        public String condition(Parameters parameters) {
            return new ScopeCondition(parameters).anyOf("team", teams).anyOf("ingaTeam", ingaTeams)
                    .anyOf("ingaCounsellor", ingaCounsellors).and("restrictedAt is null and erasedAt is null");
        }
    }

    public String userId() {
        return identity.id();
    }

    /** The case, if the caller may change it and its state allows the action (404, then 403, then 409). */
    public IntegrationCase forWrite(UUID caseId, CaseAction action) {
        IntegrationCase found = IntegrationCase.findExisting(caseId);
        if (!mayWrite(found)) {
            throw new AccessDeniedException(found.isSteeredByInga()
                    ? "While the customer is enrolled in Inga, only the Inga counsellor of the enrollment and his or "
                    + "her current deputies holding " + INGA_COUNSELLOR + " change case " + caseId
                    : "Only counsellors of the case's team change case " + caseId);
        }
        entityTags.requireMatch(found.version, "case " + caseId);
        found.require(action);
        return found;
    }

    /**
     * The case, if the caller may read it; the read is recorded in the access log. A restricted case is read by the
     * data protection officer only.
     */
    public IntegrationCase forRead(UUID caseId) {
        IntegrationCase found = IntegrationCase.findExisting(caseId);
        if (found.isRestricted()) {
            if (!identity.hasRole(DataProtectionOfficer.ROLE)) {
                throw new AccessDeniedException("Case " + caseId + " is restricted (Art. 18 GDPR): only the data "
                        + "protection officer reads it");
            }
        } else if (!readScope().covers(found)) {
            throw new AccessDeniedException("Case " + caseId + " is none of the caller's: neither of a team the caller "
                    + "counsels in or leads, nor worked by the caller in Inga");
        }
        recordReads(List.of(found));
        return found;
    }

    /** Records the reads of cases a search showed. */
    public void recordReads(List<IntegrationCase> cases) {
        accessLog.read(ACCESS_LOG_KIND, cases.stream()
                .map(kase -> new AccessLog.Subject(kase.id.toString(), kase.customerNumber)).toList());
    }

    /** Cases are opened by the counsellors of the team they will belong to. */
    public void requireCounsellorOf(String team) {
        if (!isCounsellorOf(team)) {
            throw new AccessDeniedException("Only counsellors of team " + team + " open its cases");
        }
    }

    boolean mayWrite(IntegrationCase kase) {
        if (kase.isSteeredByInga()) {
            return identity.hasRole(INGA_COUNSELLOR) && (userId().equals(kase.ingaCounsellor)
                    || DeputyReplica.representedBy(userId(), clock.today()).contains(kase.ingaCounsellor));
        }
        return isCounsellorOf(kase.team);
    }

    private boolean isCounsellorOf(String team) {
        return identity.hasRole(TeamMembershipReplica.COUNSELLOR) && TeamMembershipReplica.isMember(userId(), team, TeamMembershipReplica.COUNSELLOR);
    }

    /** Computed once per request. */
    public ReadScope readScope() {
        if (readScope == null) {
            List<TeamMembershipReplica> memberships = TeamMembershipReplica.of(userId());
            List<String> ingaCounsellors = identity.hasRole(INGA_COUNSELLOR)
                    ? Stream.concat(Stream.of(userId()), DeputyReplica.representedBy(userId(), clock.today()).stream())
                    .distinct().toList()
                    : List.of();
            readScope = new ReadScope(teamsAs(memberships, TeamMembershipReplica.COUNSELLOR, TeamMembershipReplica.TEAM_LEAD),
                    teamsAs(memberships, TeamMembershipReplica.TEAM_LEAD), ingaCounsellors);
        }
        return readScope;
    }

    /** The teams in which the caller holds one of the functions, each only with the role of the same name. */
    private List<String> teamsAs(List<TeamMembershipReplica> memberships, String... functions) {
        List<String> held = Stream.of(functions).filter(identity::hasRole).toList();
        return memberships.stream().filter(membership -> held.contains(membership.function))
                .map(membership -> membership.team).distinct().toList();
    }
}
