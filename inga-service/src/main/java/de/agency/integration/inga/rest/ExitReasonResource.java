package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.ExitReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/exit-reasons")
@Tag(name = "Catalogues")
@SecurityRequirement(name = "keycloak")
public class ExitReasonResource {

    @GET
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "COUNSELLOR", "TEAM_LEAD"})
    @Operation(summary = "The exit-reason catalogue",
            description = "Valid reasons first; invalid entries name what may never end Inga, and why.")
    public List<ExitReasonView> catalogue() {
        return ExitReason.catalogue().stream().map(ExitReasonView::of).toList();
    }
}
