package de.agency.integration.cases.rest;

import de.agency.integration.cases.service.PlanningService;
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

@Path("/cases/{id}")
@Tag(name = "Goal and strategies", description = "Zielfestlegung, Strategieauswahl")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
@APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "Not possible in the case's phase; the allowed actions named",
        content = @Content(mediaType = "application/problem+json"))
public class PlanningResource {

    private final PlanningService planning;

    PlanningResource(PlanningService planning) {
        this.planning = planning;
    }

    @PUT
    @Path("/goal")
    @Operation(operationId = "agreeGoal",
            summary = "Agree the goal; moves on to strategy selection; publishes GoalAgreed")
    @APIResponseSchema(value = CaseView.class, responseDescription = "The case, now in strategy selection")
    public CaseView agreeGoal(@PathParam("id") UUID id, @NotNull @Valid Requests.Goal request) {
        return CaseView.full(planning.agreeGoal(id, request.kind(), request.description(), request.targetDate()));
    }

    @POST
    @Path("/strategies")
    @Operation(operationId = "selectStrategies",
            summary = "Select action strategies, each addressing a recorded need; moves on to implementation; "
            + "publishes StrategySelected")
    @APIResponse(responseCode = "422", description = "Unknown strategy, or it addresses no recorded need of its dimension",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = CaseView.class, responseDescription = "The case, now in implementation")
    public CaseView selectStrategies(@PathParam("id") UUID id, @NotNull @Valid Requests.Strategies request) {
        return CaseView.full(planning.selectStrategies(id, request.strategies().stream()
                .map(choice -> new PlanningService.Choice(choice.strategy(), choice.needId())).toList()));
    }
}
