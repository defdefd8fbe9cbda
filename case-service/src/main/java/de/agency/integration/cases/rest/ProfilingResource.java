package de.agency.integration.cases.rest;

import de.agency.integration.cases.service.ProfilingService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cases/{id}/profiling")
@Tag(name = "Profiling", description = "Standortbestimmung")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
@APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "Not possible in the case's phase; the allowed actions named",
        content = @Content(mediaType = "application/problem+json"))
public class ProfilingResource {

    private final ProfilingService profiling;

    ProfilingResource(ProfilingService profiling) {
        this.profiling = profiling;
    }

    @PUT
    @Operation(operationId = "recordProfiling",
            summary = "Record strengths, needs for action (no priority) and the conclusion")
    @APIResponse(responseCode = "422", description = "Unknown key dimension", content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = CaseView.class, responseDescription = "The case with the recorded profiling")
    public CaseView record(@PathParam("id") UUID id, @NotNull @Valid Requests.Profiling request) {
        return CaseView.full(profiling.record(id, request.strengths(),
                request.needs().stream().map(n -> new ProfilingService.Need(n.dimension(), n.description())).toList(),
                request.conclusion()));
    }

    @POST
    @Path("/complete")
    @Operation(operationId = "completeProfiling",
            summary = "Complete profiling: derives the profile category, moves on to goal setting",
            description = "Needs a conclusion in the field or a PROFILING_ASSESSMENT note; in SGB II the note. "
                    + "Publishes ProfilingCompleted.")
    @APIResponse(responseCode = "422", description = "No conclusion, or SGB II without PROFILING_ASSESSMENT note",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = CaseView.class, responseDescription = "The case, now in goal setting, with its profile category")
    public CaseView complete(@PathParam("id") UUID id) {
        return CaseView.full(profiling.complete(id));
    }
}
