package de.agency.integration.access.rest;

import de.agency.integration.access.domain.RequestStatus;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.RoleRequest;
import de.agency.integration.access.service.RoleRequestService;
import de.agency.integration.access.service.X90;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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

/** Requests for the Inga roles the X90 rules do not grant automatically (IM-Webshop workflow). */
@Path("/role-requests")
@Tag(name = "Role requests")
@SecurityRequirement(name = "keycloak")
public class RoleRequestResource {

    private final RoleRequestService requests;

    RoleRequestResource(RoleRequestService requests) {
        this.requests = requests;
    }

    @Schema(name = "RoleRequestCreation")
    public record Creation(
            @Schema(description = "The user to hold the role; the caller if left out (only access admins may name "
                    + "another user)", examples = "inga-counsellor") @Size(min = 1, max = 64) String userId,
            @Schema(examples = "INTEGRATION_COUNSELLOR_SGB3") @NotNull Role role,
            @Schema(description = "X90 team whose membership qualifies; found if left out", examples = "X90-311-INGA1")
            @Pattern(regexp = X90.PATTERN) @Size(max = 32) String team) {
    }

    @Schema(name = "RoleRequestRejection")
    public record Rejection(@Schema(description = "Kept for the requester; never published in an event",
            examples = "Not working in the Inga programme") @NotBlank @Size(max = 500) String reason) {
    }

    public record RoleRequestView(UUID id, String userId, Role role, String team, RequestStatus status,
                                  String requestedBy, OffsetDateTime requestedAt,
                                  @Schema(nullable = true) String decidedBy,
                                  @Schema(nullable = true) OffsetDateTime decidedAt,
                                  @Schema(nullable = true) String rejectReason) {

        static RoleRequestView of(RoleRequest r) {
            return new RoleRequestView(r.id, r.userId, r.role, r.team, r.status, r.requestedBy, r.requestedAt,
                    r.decidedBy, r.decidedAt, r.rejectReason);
        }
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "ACCESS_ADMIN"})
    @Operation(operationId = "requestRole",
            summary = "Request an Inga role (RoleRequested)", description = "Refused with 422 when the rules make "
            + "the request pointless: the role is held already (ROLE_ALREADY_HELD), or the user has no open membership "
            + "that qualifies for it by request (NO_QUALIFYING_MEMBERSHIP).")
    @APIResponse(responseCode = "409", description = "A request for that role is pending already",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The request is pointless under the grant rules",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = RoleRequestView.class, responseDescription = "The pending request")
    public RoleRequestView request(@NotNull @Valid Creation creation) {
        return RoleRequestView.of(requests.request(creation.userId(), creation.role(), creation.team()));
    }

    @GET
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "ACCESS_ADMIN"})
    @Operation(operationId = "listRoleRequests",
            summary = "Role requests", description = "Access admins see all, everyone else their own.")
    public List<RoleRequestView> list(@QueryParam("status") RequestStatus status) {
        return requests.list(status).stream().map(RoleRequestView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "ACCESS_ADMIN"})
    @Operation(operationId = "getRoleRequest",
            summary = "A role request", description = "For the users concerned and access admins.")
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = RoleRequestView.class, responseDescription = "The request")
    public RoleRequestView get(@PathParam("id") UUID id) {
        return RoleRequestView.of(requests.get(id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("ACCESS_ADMIN")
    @Operation(operationId = "approveRoleRequest",
            summary = "Approve a request: RoleRequestDecided, then RoleGranted (cause APPROVED_REQUEST)",
            description = "Not by the user concerned or the requester (403). The role rests on the qualifying "
                    + "membership and lapses when it ends.")
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Decided already",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The qualifying membership ended, or the role is held already",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = RoleRequestView.class, responseDescription = "The approved request")
    public RoleRequestView approve(@PathParam("id") UUID id) {
        return RoleRequestView.of(requests.approve(id));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("ACCESS_ADMIN")
    @Operation(operationId = "rejectRoleRequest",
            summary = "Reject a request (RoleRequestDecided)",
            description = "Not by the user concerned or the requester.")
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Decided already",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = RoleRequestView.class, responseDescription = "The rejected request")
    public RoleRequestView reject(@PathParam("id") UUID id, @NotNull @Valid Rejection rejection) {
        return RoleRequestView.of(requests.reject(id, rejection.reason()));
    }
}
