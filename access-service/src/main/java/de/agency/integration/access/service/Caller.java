package de.agency.integration.access.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;

/** The user behind the current request, by the token's user name. */
@RequestScoped
class Caller {

    static final String ACCESS_ADMIN = "ACCESS_ADMIN";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    String id() {
        return identity.getPrincipal().getName();
    }

    boolean isAccessAdmin() {
        return identity.hasRole(ACCESS_ADMIN);
    }

    /** Users act on their own behalf; access admins on anyone's. */
    void requireSelfOrAccessAdmin(String userId, String action) {
        if (!id().equals(userId) && !isAccessAdmin()) {
            throw new ForbiddenException("Only the user concerned and access admins may " + action);
        }
    }
}
