package de.agency.integration.cases.service;

import de.agency.integration.cases.domain.CaseAction;
import de.agency.integration.cases.domain.IntegrationCase;
import de.agency.integration.cases.domain.TeamMembership;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Object-level access to cases by X90 team: counsellors see and change the cases of their own teams, team leads read
 * the cases of the teams they lead. Memberships come from access-service's events (see TeamMembershipConsumer).
 */
@RequestScoped
public class CaseAccess {

    static final String COUNSELLOR_ROLE = "COUNSELLOR";
    static final String TEAM_LEAD_ROLE = "TEAM_LEAD";

    private final SecurityIdentity identity;

    CaseAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String userId() {
        return identity.getPrincipal().getName();
    }

    /** The case, if the caller may change it and its state allows the action (404, then 403, then 409). */
    public IntegrationCase forWrite(UUID caseId, CaseAction action) {
        IntegrationCase found = IntegrationCase.findExisting(caseId);
        requireCounsellorOf(found.team);
        found.require(action);
        return found;
    }

    /** The case, if the caller may read it. */
    public IntegrationCase forRead(UUID caseId) {
        IntegrationCase found = IntegrationCase.findExisting(caseId);
        if (!readableTeams().contains(found.team)) {
            throw new ForbiddenException("Case " + caseId + " belongs to a team the caller neither counsels in nor leads");
        }
        return found;
    }

    public void requireCounsellorOf(String team) {
        if (!identity.hasRole(COUNSELLOR_ROLE) || !TeamMembership.holds(userId(), team, TeamMembership.COUNSELLOR)) {
            throw new ForbiddenException("Only counsellors of team " + team + " may change its cases");
        }
    }

    /** The teams whose cases the caller may read. */
    public List<String> readableTeams() {
        List<String> functions = new ArrayList<>();
        if (identity.hasRole(COUNSELLOR_ROLE)) {
            functions.add(TeamMembership.COUNSELLOR);
        }
        if (identity.hasRole(TEAM_LEAD_ROLE)) {
            functions.add(TeamMembership.TEAM_LEAD);
        }
        return functions.isEmpty() ? List.of() : TeamMembership.teamsOf(userId(), functions);
    }
}
