package de.agency.integration.reporting.service;

import de.agency.integration.inbox.ReceivedEvent;
import de.agency.integration.reporting.domain.IngaTeamMember;
import de.agency.integration.reporting.domain.RoleHolding;
import de.agency.integration.reporting.domain.TeamLead;
import de.agency.integration.reporting.event.AccessEvents;
import jakarta.enterprise.context.ApplicationScoped;

/** Current members of Inga teams, the leads of every team and the roles users hold, from {@code access-events}. */
@ApplicationScoped
public class AccessProjection implements Projection {

    @Override
    public String topic() {
        return "access-events";
    }

    @Override
    public void apply(ReceivedEvent event) {
        switch (event.type()) {
            case AccessEvents.TeamMembershipChanged.TYPE -> membership(event.data(AccessEvents.TeamMembershipChanged.class));
            case AccessEvents.RoleGranted.TYPE -> {
                AccessEvents.RoleGranted granted = event.data(AccessEvents.RoleGranted.class);
                RoleHolding holding = new RoleHolding();
                holding.grantId = granted.grantId();
                holding.userId = granted.userId();
                holding.role = granted.role();
                holding.persist();
            }
            case AccessEvents.RoleRevoked.TYPE -> RoleHolding.deleteById(event.data(AccessEvents.RoleRevoked.class).grantId());
            default -> {
                // requests and deputies are not reported on
            }
        }
    }

    private static void membership(AccessEvents.TeamMembershipChanged changed) {
        if ("TEAM_LEAD".equals(changed.function())) {
            if ("LEFT".equals(changed.change())) {
                TeamLead.leave(changed.userId(), changed.team());
            } else {
                TeamLead.appoint(changed.userId(), changed.team());
            }
        }
        if (!"INGA".equals(changed.teamType())) {
            return;
        }
        IngaTeamMember.Key key = new IngaTeamMember.Key(changed.userId(), changed.team(), changed.function());
        if ("LEFT".equals(changed.change())) {
            IngaTeamMember.deleteById(key);
        } else if (IngaTeamMember.findById(key) == null) {
            IngaTeamMember member = new IngaTeamMember();
            member.key = key;
            member.agency = changed.agency();
            member.joinedOn = changed.effectiveOn();
            member.persist();
        }
    }
}
