package de.agency.integration.access.keycloak;

import de.agency.integration.access.domain.Role;
import java.util.Set;

/** The Inga realm roles of users in the identity provider (Keycloak realm {@code agency}). */
public interface RealmRoles {

    /** The Inga roles the user holds directly as realm roles. */
    Set<Role> of(String userId);

    void add(String userId, Set<Role> roles);

    void remove(String userId, Set<Role> roles);

    /** Users holding the role directly, whatever the grants say. */
    Set<String> holdersOf(Role role);

    /** The user is not known to the identity provider (yet): retried later. */
    class UnknownUserException extends RuntimeException {
        public UnknownUserException(String userId) {
            super("User " + userId + " does not exist in the identity provider");
        }
    }
}
