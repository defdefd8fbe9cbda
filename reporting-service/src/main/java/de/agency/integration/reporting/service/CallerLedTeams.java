package de.agency.integration.reporting.service;

import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.reporting.domain.TeamLead;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;

/**
 * The teams the caller leads, looked up once per request for the policies that scope by them: none unless the token
 * holds {@code TEAM_LEAD}; the appointments themselves come from access-service's events.
 */
@RequestScoped
class CallerLedTeams {

    private final CurrentCaller identity;
    private List<String> teams;

    CallerLedTeams(CurrentCaller identity) {
        this.identity = identity;
    }

    List<String> get() {
        if (teams == null) {
            teams = identity.hasRole(ReportPolicy.TEAM_LEAD) ? TeamLead.teamsLedBy(identity.id()) : List.of();
        }
        return teams;
    }
}
