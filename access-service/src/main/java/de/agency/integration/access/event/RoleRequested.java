package de.agency.integration.access.event;

import de.agency.integration.access.domain.Role;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Event data of {@code RoleRequested}: a role the X90 rules do not grant automatically was requested. */
public record RoleRequested(int schemaVersion, UUID requestId, String userId, Role role, String team,
                            String requestedBy, OffsetDateTime requestedAt) {

    public static final String TYPE = "RoleRequested";
}
