package de.agency.integration.cases.rest;

import de.agency.integration.cases.service.CaseService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/cases")
@Tag(name = "Cases")
@SecurityRequirement(name = "keycloak")
public class CaseResource {

    private final CaseService cases;

    CaseResource(CaseService cases) {
        this.cases = cases;
    }

    @POST
    @RolesAllowed("COUNSELLOR")
    @Operation(summary = "Open a case", description = "Opens a case in phase PROFILING and publishes CaseOpened.")
    @APIResponse(responseCode = "201", description = "Case opened")
    @APIResponse(responseCode = "400", description = "Malformed or invalid request",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<CaseView> open(@NotNull @Valid OpenCaseRequest request, @Context UriInfo uriInfo) {
        CaseView opened = CaseView.of(cases.open(request.toCommand()));
        return RestResponse.ResponseBuilder.<CaseView>created(uriInfo.getAbsolutePathBuilder().path(opened.id().toString()).build())
                .entity(opened)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD"})
    @Operation(summary = "Get a case")
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = "application/problem+json"))
    public CaseView get(@PathParam("id") UUID id) {
        return CaseView.of(cases.get(id));
    }
}
