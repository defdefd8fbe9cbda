package de.agency.integration.reporting.rest;

import de.agency.integration.errors.StateConflictException;
import de.agency.integration.reporting.service.RebuildService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Rebuild of the read models from the topics, for operations. */
@Path("/rebuild")
@Tag(name = "Rebuild")
@SecurityRequirement(name = "keycloak")
@RolesAllowed("REPORTING_ADMIN")
public class RebuildResource {

    private final RebuildService rebuild;

    RebuildResource(RebuildService rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Operation(operationId = "startRebuild", summary = "Drop the read models and replay all topics from the start",
            description = "Answers 202 at once; follow the progress with GET /rebuild. Reports show partial figures "
                    + "until it is DONE.")
    public RestResponse<RebuildService.Progress> start() {
        if (!rebuild.start()) {
            throw new StateConflictException("A rebuild is running", List.of("GET /rebuild"));
        }
        return RestResponse.accepted(rebuild.progress());
    }

    @GET
    @Operation(operationId = "getRebuildProgress", summary = "Progress of the last rebuild: events replayed per topic")
    public RebuildService.Progress progress() {
        return rebuild.progress();
    }
}
