package de.agency.integration.access.service;

import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleGrant;
import de.agency.integration.access.domain.Team;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import de.agency.integration.access.event.AccessEvents;
import de.agency.integration.access.event.RoleGranted;
import de.agency.integration.access.event.RoleRevoked;
import de.agency.integration.access.event.TeamMembershipChanged;
import de.agency.integration.problem.RuleViolationException;
import de.agency.integration.problem.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** X90 teams and memberships, and the roles that rest on them. */
@ApplicationScoped
public class MembershipService {

    static final String AUTO_FROM_X90 = "AUTO_FROM_X90";
    static final String MEMBERSHIP_ENDED = "MEMBERSHIP_ENDED";

    private final GrantPolicy policy;
    private final AccessEvents events;
    private final Clock clock;

    MembershipService(GrantPolicy policy, AccessEvents events, Clock clock) {
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** @return true if the team is new */
    @Transactional
    public boolean putTeam(String x90, TeamType type, String agency) {
        Team team = Team.findById(x90);
        boolean created = team == null;
        if (created) {
            team = new Team();
            team.x90 = x90;
        }
        team.type = type;
        team.agency = agency;
        team.persist();
        return created;
    }

    public record Joined(Membership membership, Optional<Role> granted, Optional<Role> toRequest) {
    }

    /** Adds a member; the grant rules decide whether a role comes with it at once or must be requested. */
    @Transactional
    public Joined join(String x90, String userId, TeamFunction function, LocalDate startDate) {
        Team team = Team.findExisting(x90);
        if (Membership.isOpen(userId, x90, function)) {
            throw new StateConflictException(userId + " is already " + function + " of team " + x90,
                    List.of("DELETE /teams/" + x90 + "/members/" + userId));
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.userId = userId;
        membership.team = x90;
        membership.function = function;
        membership.startDate = startDate;
        membership.persist();
        events.publish(userId, TeamMembershipChanged.TYPE, new TeamMembershipChanged(1, userId, x90, team.type,
                team.agency, function, TeamMembershipChanged.Change.JOINED, startDate));
        GrantPolicy.Decision decision = policy.decide(team.type, function, startDate);
        decision.automatic().ifPresent(role -> grant(membership, role));
        return new Joined(membership, decision.automatic(), decision.byRequest());
    }

    /** Ends the user's memberships in the team; every role that rested on them is revoked. */
    @Transactional
    public List<Membership> leave(String x90, String userId, LocalDate endDate) {
        Team team = Team.findExisting(x90);
        List<Membership> open = Membership.openOf(userId, x90);
        if (open.isEmpty()) {
            throw new NotFoundException(userId + " is no member of team " + x90);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Membership membership : open) {
            if (endDate.isBefore(membership.startDate)) {
                throw new RuleViolationException("MEMBERSHIP_ENDS_AFTER_START", "endDate", "The membership of " + userId
                        + " in team " + x90 + " started on " + membership.startDate + "; it cannot end before");
            }
            membership.endDate = endDate;
            for (RoleGrant grant : RoleGrant.activeOn(membership.id)) {
                grant.revokedAt = now;
                grant.revokeCause = MEMBERSHIP_ENDED;
                events.publish(userId, RoleRevoked.TYPE, new RoleRevoked(1, grant.id, userId, Role.valueOf(grant.role),
                        MEMBERSHIP_ENDED, x90, now));
            }
            events.publish(userId, TeamMembershipChanged.TYPE, new TeamMembershipChanged(1, userId, x90, team.type,
                    team.agency, membership.function, TeamMembershipChanged.Change.LEFT, membership.endDate));
        }
        return open;
    }

    private void grant(Membership membership, Role role) {
        RoleGrant grant = new RoleGrant();
        grant.id = UUID.randomUUID();
        grant.userId = membership.userId;
        grant.role = role.name();
        grant.cause = AUTO_FROM_X90;
        grant.team = membership.team;
        grant.membershipId = membership.id;
        grant.grantedAt = OffsetDateTime.now(clock);
        grant.persist();
        events.publish(membership.userId, RoleGranted.TYPE, new RoleGranted(1, grant.id, membership.userId, role,
                AUTO_FROM_X90, membership.team, grant.grantedAt));
    }
}
