package de.agency.integration.access.rest;

import de.agency.integration.access.domain.RoleGrant;
import java.time.OffsetDateTime;

public record RoleGrantView(String role, String cause, String team, OffsetDateTime grantedAt) {

    static RoleGrantView of(RoleGrant grant) {
        return new RoleGrantView(grant.role, grant.cause, grant.team, grant.grantedAt);
    }
}
