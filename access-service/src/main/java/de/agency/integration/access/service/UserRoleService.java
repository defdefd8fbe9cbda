package de.agency.integration.access.service;

import de.agency.integration.access.domain.RoleGrant;
import jakarta.ws.rs.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class UserRoleService {

    static final String ACCESS_ADMIN = "ACCESS_ADMIN";

    private final SecurityIdentity caller;

    UserRoleService(SecurityIdentity caller) {
        this.caller = caller;
    }

    /** The user's active grants; users see their own, access admins everyone's. */
    public List<RoleGrant> activeGrants(String userId) {
        if (!caller.getPrincipal().getName().equals(userId) && !caller.hasRole(ACCESS_ADMIN)) {
            throw new ForbiddenException("Only the user and access admins may read a user's roles");
        }
        return RoleGrant.activeFor(userId);
    }
}
