package de.agency.integration.access.service;

import de.agency.integration.access.domain.GrantCause;
import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleGrant;
import de.agency.integration.access.event.AccessEventPublisher;
import de.agency.integration.access.event.RoleGranted;
import de.agency.integration.access.event.RoleRevoked;
import de.agency.integration.access.keycloak.KeycloakSyncQueue;
import de.agency.integration.clock.AgencyClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Grants and revokes roles: each change is an event and queues the user for Keycloak, all in the caller's
 * transaction.
 */
@ApplicationScoped
class RoleGrants {

    private final AccessEventPublisher events;
    private final KeycloakSyncQueue keycloak;
    private final AgencyClock clock;

    RoleGrants(AccessEventPublisher events, KeycloakSyncQueue keycloak, AgencyClock clock) {
        this.events = events;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    /** @param requestId the approved request, for {@link GrantCause#APPROVED_REQUEST} */
    @Transactional(Transactional.TxType.MANDATORY)
    RoleGrant grant(Membership membership, Role role, GrantCause cause, UUID requestId) {
        RoleGrant grant = new RoleGrant();
        grant.id = UUID.randomUUID();
        grant.userId = membership.userId;
        grant.role = role;
        grant.cause = cause;
        grant.team = membership.team;
        grant.membershipId = membership.id;
        grant.requestId = requestId;
        grant.grantedAt = clock.now();
        grant.persist();
        events.publish(grant.userId, RoleGranted.TYPE, new RoleGranted(1, grant.id, grant.userId, role, cause,
                grant.team, grant.grantedAt));
        keycloak.enqueue(grant.userId, KeycloakSyncQueue.Reason.GRANT_CHANGE);
        return grant;
    }

    /** Revokes every active grant that rests on the membership. */
    @Transactional(Transactional.TxType.MANDATORY)
    void revokeAllOn(Membership membership, GrantCause cause) {
        OffsetDateTime now = clock.now();
        for (RoleGrant grant : RoleGrant.activeOn(membership.id)) {
            grant.revokedAt = now;
            grant.revokeCause = cause;
            events.publish(grant.userId, RoleRevoked.TYPE, new RoleRevoked(1, grant.id, grant.userId, grant.role,
                    cause, grant.team, now));
            keycloak.enqueue(grant.userId, KeycloakSyncQueue.Reason.GRANT_CHANGE);
        }
    }
}
