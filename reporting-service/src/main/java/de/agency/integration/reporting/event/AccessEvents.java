package de.agency.integration.reporting.event;

import java.time.LocalDate;
import java.util.UUID;

/** The data reporting reads from topic {@code access-events} (tolerant reader: other fields are ignored). */
public final class AccessEvents {

    private AccessEvents() {
    }

    public record TeamMembershipChanged(String userId, String team, String teamType, String agency, String function,
                                        String change, LocalDate effectiveOn) {
        public static final String TYPE = "TeamMembershipChanged";
    }

    public record RoleGranted(UUID grantId, String userId, String role) {
        public static final String TYPE = "RoleGranted";
    }

    public record RoleRevoked(UUID grantId) {
        public static final String TYPE = "RoleRevoked";
    }
}
