package de.agency.integration.inga.event;

import java.time.LocalDate;
import java.util.UUID;

/** The data inga-service reads from access-service's events (tolerant reader: other fields are ignored). */
public final class AccessEvent {

    private AccessEvent() {
    }

    public record RoleGranted(UUID grantId, String userId, String role, String team) {
        public static final String TYPE = "RoleGranted";
    }

    public record RoleRevoked(UUID grantId, String userId, String role, String team) {
        public static final String TYPE = "RoleRevoked";
    }

    public record TeamMembershipChanged(String userId, String team, String function, String change) {
        public static final String TYPE = "TeamMembershipChanged";
        public static final String JOINED = "JOINED";
        public static final String LEFT = "LEFT";
    }

    public record DeputyAssigned(UUID deputyshipId, String counsellorId, String deputyId, LocalDate validFrom,
                                 LocalDate validUntil) {
        public static final String TYPE = "DeputyAssigned";
    }
}
