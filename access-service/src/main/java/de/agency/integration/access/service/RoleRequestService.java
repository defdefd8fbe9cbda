package de.agency.integration.access.service;

import de.agency.integration.access.domain.GrantCause;
import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.RequestStatus;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleGrant;
import de.agency.integration.access.domain.RoleRequest;
import de.agency.integration.access.domain.Team;
import de.agency.integration.access.event.AccessEventPublisher;
import de.agency.integration.access.event.RoleRequestDecided;
import de.agency.integration.access.event.RoleRequested;
import de.agency.integration.clock.AgencyClock;
import de.agency.integration.errors.AccessDeniedException;
import de.agency.integration.errors.RuleViolationException;
import de.agency.integration.errors.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Role requests (IM-Webshop workflow): an Inga role the X90 rules do not grant automatically is requested, then
 * approved (the role is granted, resting on the qualifying membership) or rejected by an access admin who is not
 * the requester.
 */
@ApplicationScoped
public class RoleRequestService {

    private final GrantPolicy policy;
    private final RoleGrants grants;
    private final AccessEventPublisher events;
    private final Caller caller;
    private final AgencyClock clock;

    RoleRequestService(GrantPolicy policy, RoleGrants grants, AccessEventPublisher events, Caller caller, AgencyClock clock) {
        this.policy = policy;
        this.grants = grants;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * @param userId the user to hold the role; the caller if null
     * @param team   the X90 team whose membership qualifies; any qualifying open membership if null
     */
    @Transactional
    public RoleRequest request(String userId, Role role, String team) {
        String beneficiary = userId == null ? caller.id() : userId;
        caller.requireSelfOrAccessAdmin(beneficiary, "request a role for a user");
        requireNotHeld(beneficiary, role);
        Membership qualifying = qualifyingMembership(beneficiary, role, team)
                .orElseThrow(() -> new RuleViolationException("NO_QUALIFYING_MEMBERSHIP", team == null ? "role" : "team",
                        role + " can be requested only by " + policy.requestableBy(role) + "; " + beneficiary
                                + " has no such open membership" + (team == null ? "" : " in team " + team)));
        Optional<RoleRequest> pending = RoleRequest.pending(beneficiary, role);
        if (pending.isPresent()) {
            String id = pending.get().id.toString();
            throw new StateConflictException("A request of " + beneficiary + " for " + role + " is pending already: "
                    + id, List.of("POST /role-requests/" + id + "/approve", "POST /role-requests/" + id + "/reject"));
        }
        RoleRequest request = new RoleRequest();
        request.id = UUID.randomUUID();
        request.userId = beneficiary;
        request.role = role;
        request.team = qualifying.team;
        request.membershipId = qualifying.id;
        request.status = RequestStatus.REQUESTED;
        request.requestedBy = caller.id();
        request.requestedAt = clock.now();
        request.persist();
        events.publish(beneficiary, RoleRequested.TYPE, new RoleRequested(1, request.id, beneficiary, role,
                request.team, request.requestedBy, request.requestedAt));
        return request;
    }

    /** Grants the role if the membership the request rests on is still open. */
    @Transactional
    public RoleRequest approve(UUID id) {
        RoleRequest request = pendingForDecision(id);
        requireNotHeld(request.userId, request.role);
        Membership membership = Membership.findById(request.membershipId);
        if (!membership.isOpen()) {
            throw new RuleViolationException("NO_QUALIFYING_MEMBERSHIP", "The membership of " + request.userId
                    + " in team " + request.team + " the request rests on ended on " + membership.endDate
                    + "; reject the request");
        }
        decide(request, RequestStatus.APPROVED, null);
        grants.grant(membership, request.role, GrantCause.APPROVED_REQUEST, request.id);
        return request;
    }

    /** @param reason kept with the request for the requester; it never leaves access-service in an event */
    @Transactional
    public RoleRequest reject(UUID id, String reason) {
        RoleRequest request = pendingForDecision(id);
        decide(request, RequestStatus.REJECTED, reason);
        return request;
    }

    /** Access admins see all requests (optionally of one status), everyone else only their own. */
    public List<RoleRequest> list(RequestStatus status) {
        return caller.isAccessAdmin() ? RoleRequest.all(status) : RoleRequest.ofUser(caller.id(), status);
    }

    public RoleRequest get(UUID id) {
        RoleRequest request = RoleRequest.findExisting(id);
        if (!caller.isAccessAdmin() && !caller.id().equals(request.userId) && !caller.id().equals(request.requestedBy)) {
            throw new AccessDeniedException("Only the users concerned and access admins may read a role request");
        }
        return request;
    }

    private Optional<Membership> qualifyingMembership(String userId, Role role, String team) {
        return Membership.openOf(userId).stream()
                .filter(membership -> team == null || membership.team.equals(team))
                .filter(membership -> {
                    Team of = Team.findExisting(membership.team);
                    return policy.decide(of.type, membership.function, membership.startDate).byRequest()
                            .filter(role::equals).isPresent();
                })
                .findFirst();
    }

    private static void requireNotHeld(String userId, Role role) {
        if (RoleGrant.isHeld(userId, role)) {
            throw new RuleViolationException("ROLE_ALREADY_HELD", "role", userId + " already holds " + role);
        }
    }

    private RoleRequest pendingForDecision(UUID id) {
        RoleRequest request = RoleRequest.findForDecision(id);
        if (caller.id().equals(request.userId) || caller.id().equals(request.requestedBy)) {
            throw new AccessDeniedException("Nobody may decide a role request of his or her own");
        }
        request.requirePending("Role request " + id);
        return request;
    }

    private void decide(RoleRequest request, RequestStatus decision, String reason) {
        request.decide(decision, caller.id(), clock.now(), reason);
        events.publish(request.userId, RoleRequestDecided.TYPE, new RoleRequestDecided(1, request.id, request.userId,
                request.role, request.team, decision, request.decidedBy, request.decidedAt));
    }
}
