package de.agency.integration.access.event;

import de.agency.integration.access.domain.RequestStatus;
import de.agency.integration.access.domain.Role;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code RoleRequestDecided}: approved or rejected; the reason text stays in access-service. */
public record RoleRequestDecided(int schemaVersion, UUID requestId, String userId, Role role, String team,
                                 RequestStatus decision, String decidedBy, OffsetDateTime decidedAt) {

    public static final String TYPE = "RoleRequestDecided";
}
