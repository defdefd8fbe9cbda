package de.agency.integration.access.rest;

import de.agency.integration.access.domain.Deputyship;
import de.agency.integration.access.service.DeputyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Deputies (Vertretungen) of counsellors. */
@Path("/deputies")
@Tag(name = "Deputies")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3", "ACCESS_ADMIN"})
public class DeputyResource {

    private final DeputyService deputies;

    DeputyResource(DeputyService deputies) {
        this.deputies = deputies;
    }

    @Schema(name = "DeputyAssignment")
    public record Assignment(@Schema(examples = "inga-counsellor") @NotBlank @Size(max = 64) String counsellorId,
                             @Schema(examples = "counsellor") @NotBlank @Size(max = 64) String deputyId,
                             @Schema(examples = "2026-12-01") @NotNull LocalDate validFrom,
                             @Schema(description = "Last day (inclusive)",
                             examples = "2026-12-31") @NotNull LocalDate validUntil) {
    }

    public record DeputyshipView(UUID id, String counsellorId, String deputyId, LocalDate validFrom,
                                 @Schema(nullable = true) LocalDate validUntil, String assignedBy) {

        static DeputyshipView of(Deputyship d) {
            return new DeputyshipView(d.id, d.counsellorId, d.deputyId, d.validFrom, d.validUntil, d.assignedBy);
        }
    }

    @POST
    @ResponseStatus(201)
    @Operation(operationId = "assignDeputy",
            summary = "Assign a deputy for a period (DeputyAssigned)", description = "By the counsellor or an "
            + "access admin. The deputy acts on the protected Inga note only while holding INTEGRATION_COUNSELLOR_SGB3.")
    @APIResponse(responseCode = "409", description = "The deputy stands in for the counsellor in that period already",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Own deputy, or a period ending before it starts or in the past",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = DeputyshipView.class, responseDescription = "The deputyship")
    public DeputyshipView assign(@NotNull @Valid Assignment assignment) {
        return DeputyshipView.of(deputies.assign(assignment.counsellorId(), assignment.deputyId(),
                assignment.validFrom(), assignment.validUntil()));
    }

    @GET
    @Operation(operationId = "listDeputies",
            summary = "A counsellor's deputies", description = "For the counsellor and access admins.")
    public List<DeputyshipView> of(@QueryParam("counsellorId") @NotBlank @Size(max = 64) String counsellorId) {
        return deputies.of(counsellorId).stream().map(DeputyshipView::of).toList();
    }
}
