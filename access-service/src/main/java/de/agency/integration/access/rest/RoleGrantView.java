package de.agency.integration.access.rest;

import de.agency.integration.access.domain.GrantCause;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleGrant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RoleGrantView(Role role, GrantCause cause, @Schema(nullable = true) String team,
                            OffsetDateTime grantedAt) {

    static RoleGrantView of(RoleGrant grant) {
        return new RoleGrantView(grant.role, grant.cause, grant.team, grant.grantedAt);
    }
}
