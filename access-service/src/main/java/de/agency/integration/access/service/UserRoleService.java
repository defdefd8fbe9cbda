package de.agency.integration.access.service;

import de.agency.integration.access.domain.RoleGrant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class UserRoleService {

    private final Caller caller;

    UserRoleService(Caller caller) {
        this.caller = caller;
    }

    /** The user's active grants; users see their own, access admins everyone's. */
    public List<RoleGrant> activeGrants(String userId) {
        caller.requireSelfOrAccessAdmin(userId, "read a user's roles");
        return RoleGrant.activeFor(userId);
    }
}
