package de.agency.integration.access.keycloak;

import de.agency.integration.access.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleScopeResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Realm roles through Keycloak's admin API, as the service account of client {@code access-service} (realm-management
 * roles view-realm, view-users and manage-users, nothing more). User ids here are Keycloak usernames.
 */
@ApplicationScoped
public class KeycloakRealmRoles implements RealmRoles {

    private static final int PAGE = 100;

    private final Keycloak keycloak;
    private final KeycloakSyncConfig config;

    KeycloakRealmRoles(Keycloak keycloak, KeycloakSyncConfig config) {
        this.keycloak = keycloak;
        this.config = config;
    }

    @Override
    public Set<Role> of(String userId) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (RoleRepresentation role : roleMappings(userId).listAll()) {
            managed(role.getName()).ifPresent(held::add);
        }
        return held;
    }

    @Override
    public void add(String userId, Set<Role> roles) {
        roleMappings(userId).add(representations(roles));
    }

    @Override
    public void remove(String userId, Set<Role> roles) {
        roleMappings(userId).remove(representations(roles));
    }

    @Override
    public Set<String> holdersOf(Role role) {
        Set<String> holders = new HashSet<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> page = realm().roles().get(role.name()).getUserMembers(true, first, PAGE);
            page.forEach(user -> holders.add(user.getUsername()));
            if (page.size() < PAGE) {
                return holders;
            }
        }
    }

    private RoleScopeResource roleMappings(String userId) {
        List<UserRepresentation> users = realm().users().searchByUsername(userId, true);
        if (users.isEmpty()) {
            throw new UnknownUserException(userId);
        }
        return realm().users().get(users.get(0).getId()).roles().realmLevel();
    }

    private List<RoleRepresentation> representations(Set<Role> roles) {
        return roles.stream().map(role -> realm().roles().get(role.name()).toRepresentation()).toList();
    }

    private static Optional<Role> managed(String name) {
        return EnumSet.allOf(Role.class).stream().filter(role -> role.name().equals(name)).findFirst();
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }
}
