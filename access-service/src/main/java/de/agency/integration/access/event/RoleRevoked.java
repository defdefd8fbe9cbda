package de.agency.integration.access.event;

import de.agency.integration.access.domain.GrantCause;
import de.agency.integration.access.domain.Role;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code RoleRevoked}: which grant ended and why. */
public record RoleRevoked(int schemaVersion, UUID grantId, String userId, Role role, GrantCause cause, String team,
                          OffsetDateTime revokedAt) {

    public static final String TYPE = "RoleRevoked";
}
