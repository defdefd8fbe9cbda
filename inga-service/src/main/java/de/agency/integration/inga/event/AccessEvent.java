package de.agency.integration.inga.event;

import java.util.UUID;

/**
 * The data inga-service reads from access-service's role events (tolerant reader: other fields are ignored);
 * memberships and deputies are the access-replica module's.
 */
public final class AccessEvent {

    private AccessEvent() {
    }

    public record RoleGranted(UUID grantId, String userId, String role, String team) {
        public static final String TYPE = "RoleGranted";
    }

    public record RoleRevoked(UUID grantId, String userId, String role, String team) {
        public static final String TYPE = "RoleRevoked";
    }
}
