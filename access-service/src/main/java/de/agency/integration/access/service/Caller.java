package de.agency.integration.access.service;

import de.agency.integration.access.domain.Membership;
import de.agency.integration.caller.CurrentCaller;
import de.agency.integration.errors.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;

/** The user behind the current request, by the token's user name. */
@RequestScoped
class Caller {

    static final String ACCESS_ADMIN = "ACCESS_ADMIN";

    private final CurrentCaller identity;

    Caller(CurrentCaller identity) {
        this.identity = identity;
    }

    String id() {
        return identity.id();
    }

    boolean isAccessAdmin() {
        return identity.hasRole(ACCESS_ADMIN);
    }

    /** Users act on their own behalf; access admins on anyone's. */
    void requireSelfOrAccessAdmin(String userId, String action) {
        if (!id().equals(userId) && !isAccessAdmin()) {
            throw new AccessDeniedException("Only the user concerned and access admins may " + action);
        }
    }

    /** Whether the caller leads a team the user belongs to. */
    boolean leads(String userId) {
        return Membership.leads(id(), userId);
    }

    /**
     * A lead of a team the user belongs to decides for the user, never the user him- or herself.
     *
     * @param whose the user's part in what is decided, for the message (e.g. "the proposer"); never the user's id
     */
    void requireLeadOf(String userId, String whose, String action) {
        if (id().equals(userId)) {
            throw new AccessDeniedException("Nobody may " + action + " of his or her own");
        }
        if (!leads(userId)) {
            throw new AccessDeniedException("Only a lead of a team of " + whose + " may " + action);
        }
    }
}
