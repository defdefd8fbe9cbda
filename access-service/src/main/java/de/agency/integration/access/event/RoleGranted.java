package de.agency.integration.access.event;

import de.agency.integration.access.domain.GrantCause;
import de.agency.integration.access.domain.Role;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code RoleGranted}: who got which role, why, resting on which team. */
public record RoleGranted(int schemaVersion, UUID grantId, String userId, Role role, GrantCause cause, String team,
                          OffsetDateTime grantedAt) {

    public static final String TYPE = "RoleGranted";
}
