package de.agency.integration.access.rest;

import de.agency.integration.access.domain.RequestStatus;
import de.agency.integration.access.domain.SupervisionRequest;
import de.agency.integration.access.service.SupervisionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
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

/** Supervision on request (Supervision bei Bedarf) after the Inga certification; no event leaves the service. */
@Path("/supervision-requests")
@Tag(name = "Qualification")
@SecurityRequirement(name = "keycloak")
public class SupervisionRequestResource {

    private static final String PROBLEM = "application/problem+json";

    private final SupervisionService supervision;

    SupervisionRequestResource(SupervisionService supervision) {
        this.supervision = supervision;
    }

    public record SupervisionRequestView(UUID id, @Schema(examples = "inga-counsellor") String userId,
                                         RequestStatus status, OffsetDateTime requestedAt,
                                         @Schema(nullable = true,
                                                 description = "The lead who decided; null while REQUESTED",
                                                 examples = "teamlead") String decidedBy,
                                         @Schema(nullable = true) OffsetDateTime decidedAt,
                                         @Schema(nullable = true,
                                                 description = "Why it was rejected; null unless REJECTED",
                                                 examples = "Not before the end of the quarter") String rejectReason) {

        static SupervisionRequestView of(SupervisionRequest r) {
            return new SupervisionRequestView(r.id, r.userId, r.status, r.requestedAt, r.decidedBy, r.decidedAt,
                    r.rejectReason);
        }
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
    @Operation(operationId = "requestSupervision", summary = "Request supervision for oneself",
            description = "After the Inga certification (422 CERTIFICATION_REQUIRED); one pending at a time (409).")
    @APIResponse(responseCode = "409", description = "A request is pending already",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Not certified", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = SupervisionRequestView.class, responseDescription = "The pending request")
    public SupervisionRequestView request() {
        return SupervisionRequestView.of(supervision.request());
    }

    @GET
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3", "TEAM_LEAD"})
    @Operation(operationId = "listSupervisionRequests", summary = "Supervision requests",
            description = "The caller's own and those of the members of the teams he or she leads.")
    public List<SupervisionRequestView> list() {
        return supervision.list().stream().map(SupervisionRequestView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3", "TEAM_LEAD"})
    @Operation(operationId = "getSupervisionRequest", summary = "A supervision request",
            description = "For the requester and leads of the requester's team.")
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = SupervisionRequestView.class, responseDescription = "The request")
    public SupervisionRequestView get(@PathParam("id") UUID id) {
        return SupervisionRequestView.of(supervision.get(id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("TEAM_LEAD")
    @Operation(operationId = "approveSupervisionRequest", summary = "Approve a supervision request",
            description = "By a lead of the requester's team, never the requester (403).")
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = SupervisionRequestView.class, responseDescription = "The approved request")
    public SupervisionRequestView approve(@PathParam("id") UUID id) {
        return SupervisionRequestView.of(supervision.approve(id));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("TEAM_LEAD")
    @Operation(operationId = "rejectSupervisionRequest", summary = "Reject a supervision request",
            description = "By a lead of the requester's team, never the requester (403).")
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = SupervisionRequestView.class, responseDescription = "The rejected request")
    public SupervisionRequestView reject(@PathParam("id") UUID id, @NotNull @Valid Rejection rejection) {
        return SupervisionRequestView.of(supervision.reject(id, rejection.reason()));
    }
}
