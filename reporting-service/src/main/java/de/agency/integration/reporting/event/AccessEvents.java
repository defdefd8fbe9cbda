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

    public record RoleGranted(UUID grantId, String userId, String role, String team) {
        public static final String TYPE = "RoleGranted";
    }

    public record RoleRevoked(UUID grantId) {
        public static final String TYPE = "RoleRevoked";
    }

    public record DeputyAssigned(UUID deputyshipId, String counsellorId, String deputyId, LocalDate validFrom,
                                 LocalDate validUntil) {
        public static final String TYPE = "DeputyAssigned";
    }

    public record IngaCertificationRecorded(String userId, String certificationGroup, LocalDate certifiedOn) {
        public static final String TYPE = "IngaCertificationRecorded";
    }

    public record ReflectionDayProposed(UUID reflectionDayId, String certificationGroup, LocalDate plannedOn) {
        public static final String TYPE = "ReflectionDayProposed";
    }

    public record ReflectionDayDecided(UUID reflectionDayId, String certificationGroup, LocalDate plannedOn,
                                       String decision) {
        public static final String TYPE = "ReflectionDayDecided";
    }
}
