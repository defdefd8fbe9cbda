package de.agency.integration.cases.rest;

import de.agency.integration.cases.service.ImplementationService;
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
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/cases/{id}")
@Tag(name = "Implementation and follow-up", description = "Umsetzung und Nachhaltung")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
@APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "Not possible in the case's phase; the allowed actions named",
        content = @Content(mediaType = "application/problem+json"))
public class ImplementationResource {

    private final ImplementationService implementation;

    ImplementationResource(ImplementationService implementation) {
        this.implementation = implementation;
    }

    @POST
    @Path("/steps")
    @ResponseStatus(201)
    @Operation(operationId = "agreeStep",
            summary = "Agree a step (or an activation offer) with responsibility and due date; publishes "
                    + "ImplementationStepAgreed, and ImplementationStepOverdue the day after the due date while open")
    @APIResponseSchema(value = CaseView.StepView.class, responseDescription = "The agreed step")
    public CaseView.StepView agreeStep(@PathParam("id") UUID id, @NotNull @Valid Requests.Step request) {
        return CaseView.StepView.of(implementation.agreeStep(id, request.kind(), request.description(),
                request.responsible(), request.dueDate()));
    }

    @PUT
    @Path("/steps/{stepId}/status")
    @Operation(operationId = "updateStepStatus", summary = "Mark an agreed step done, or open again; publishes ImplementationStepStatusChanged")
    @APIResponseSchema(value = CaseView.StepView.class, responseDescription = "The step with its new status")
    public CaseView.StepView updateStepStatus(@PathParam("id") UUID id, @PathParam("stepId") UUID stepId,
                                              @NotNull @Valid Requests.StepStatus request) {
        return CaseView.StepView.of(implementation.updateStepStatus(id, stepId, request.status()));
    }

    @POST
    @Path("/follow-ups")
    @ResponseStatus(201)
    @Operation(operationId = "recordFollowUp",
            summary = "Record a follow-up talk; it may reopen profiling and plan the next; publishes FollowUpRecorded")
    @APIResponseSchema(value = CaseView.FollowUpView.class, responseDescription = "The recorded follow-up")
    public CaseView.FollowUpView recordFollowUp(@PathParam("id") UUID id, @NotNull @Valid Requests.FollowUpTalk request) {
        return CaseView.FollowUpView.of(implementation.recordFollowUp(id, request.heldOn(), request.progress(),
                request.reopenProfiling(), request.nextFollowUpOn()));
    }
}
