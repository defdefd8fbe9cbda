package de.agency.integration.access.service;

import de.agency.integration.access.domain.GrantCause;
import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.Team;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import de.agency.integration.access.event.AccessEventPublisher;
import de.agency.integration.access.event.TeamMembershipChanged;
import de.agency.integration.errors.ResourceNotFoundException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** X90 teams and memberships, and the roles that rest on them. */
@ApplicationScoped
public class MembershipService {

    private final GrantPolicy policy;
    private final RoleGrants grants;
    private final AccessEventPublisher events;

    MembershipService(GrantPolicy policy, RoleGrants grants, AccessEventPublisher events) {
        this.policy = policy;
        this.grants = grants;
        this.events = events;
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

    /** A new membership, with the role it brought at once or the role its member has to request. */
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
        return add(team, userId, function, startDate);
    }

    /** Ends the user's memberships in the team; every role that rested on them is revoked. */
    @Transactional
    public List<Membership> leave(String x90, String userId, LocalDate endDate) {
        Team team = Team.findExisting(x90);
        List<Membership> open = Membership.openOf(userId, x90);
        if (open.isEmpty()) {
            throw new ResourceNotFoundException(userId + " is no member of team " + x90);
        }
        open.forEach(membership -> end(team, membership, endDate));
        return open;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Joined add(Team team, String userId, TeamFunction function, LocalDate startDate) {
        Membership membership = record(team, userId, function, startDate);
        GrantPolicy.Decision decision = policy.decide(team.type, function, startDate);
        decision.automatic().ifPresent(role -> grants.grant(membership, role, GrantCause.AUTO_FROM_X90, null));
        return new Joined(membership, decision.automatic(), decision.byRequest());
    }

    /** A membership of the past, for the history: it brings no role. */
    @Transactional(Transactional.TxType.MANDATORY)
    Membership addEnded(Team team, String userId, TeamFunction function, LocalDate startDate, LocalDate endDate) {
        Membership membership = record(team, userId, function, startDate);
        end(team, membership, endDate);
        return membership;
    }

    private Membership record(Team team, String userId, TeamFunction function, LocalDate startDate) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.userId = userId;
        membership.team = team.x90;
        membership.function = function;
        membership.startDate = startDate;
        membership.persist();
        events.publish(userId, TeamMembershipChanged.TYPE, new TeamMembershipChanged(1, userId, team.x90, team.type,
                team.agency, function, TeamMembershipChanged.Change.JOINED, startDate));
        return membership;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void end(Team team, Membership membership, LocalDate endDate) {
        if (endDate.isBefore(membership.startDate)) {
            throw new RuleViolationException("MEMBERSHIP_ENDS_AFTER_START", "endDate", "The membership of "
                    + membership.userId + " in team " + team.x90 + " started on " + membership.startDate
                    + "; it cannot end before");
        }
        membership.endDate = endDate;
        grants.revokeAllOn(membership, GrantCause.MEMBERSHIP_ENDED);
        events.publish(membership.userId, TeamMembershipChanged.TYPE, new TeamMembershipChanged(1, membership.userId,
                team.x90, team.type, team.agency, membership.function, TeamMembershipChanged.Change.LEFT, endDate));
    }
}
