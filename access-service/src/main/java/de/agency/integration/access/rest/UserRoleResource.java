package de.agency.integration.access.rest;

import de.agency.integration.access.service.UserRoleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users/{userId}/roles")
@Tag(name = "Users")
@SecurityRequirement(name = "keycloak")
public class UserRoleResource {

    private final UserRoleService userRoles;

    UserRoleResource(UserRoleService userRoles) {
        this.userRoles = userRoles;
    }

    @GET
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION",
            "REPORTING_VIEWER", "ACCESS_ADMIN"})
    @Operation(operationId = "getUserRoles",
            summary = "A user's active roles with their causes", description = "Users read their own; access admins anyone's.")
    public List<RoleGrantView> roles(@PathParam("userId") String userId) {
        return userRoles.activeGrants(userId).stream().map(RoleGrantView::of).toList();
    }
}
