package de.agency.integration.caller;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The user behind the current request: the user name and realm roles of its verified token (Keycloak's
 * {@code preferred_username} and {@code realm_access.roles}). The one place the services ask who is calling.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's user id. */
    public String id() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
