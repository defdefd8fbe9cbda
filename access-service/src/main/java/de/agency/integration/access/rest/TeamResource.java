package de.agency.integration.access.rest;

import de.agency.integration.access.domain.Membership;
import de.agency.integration.access.domain.Role;
import de.agency.integration.access.domain.TeamFunction;
import de.agency.integration.access.domain.TeamType;
import de.agency.integration.access.service.MembershipService;
import de.agency.integration.access.service.X90;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

/** X90 teams and their members; roles follow from membership by the grant rules. */
@Path("/teams/{x90}")
@Tag(name = "Teams", description = "X90 teams and their memberships")
@SecurityRequirement(name = "keycloak")
@RolesAllowed("ACCESS_ADMIN")
public class TeamResource {

    private final MembershipService memberships;

    TeamResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @Schema(name = "TeamRequest")
    public record TeamRequest(@Schema(examples = "INGA") @NotNull TeamType type,
                              @Schema(examples = "311") @NotBlank @Size(max = 16) String agency) {
    }

    @Schema(name = "MemberRequest")
    public record MemberRequest(@Schema(examples = "counsellor") @NotBlank @Size(max = 64) String userId,
                                @Schema(examples = "COUNSELLOR") @NotNull TeamFunction function,
                                @Schema(examples = "2019-06-01") @NotNull LocalDate startDate) {
    }

    /** A team (X90) as recorded. */
    public record TeamView(@Schema(examples = "X90-311-INGA1") String x90, TeamType type,
                           @Schema(examples = "311") String agency) {
    }

    public record MembershipView(UUID id, String userId, String team, TeamFunction function, LocalDate startDate,
                                 @Schema(nullable = true) LocalDate endDate, @Schema(nullable = true) Role grantedRole,
                                 @Schema(nullable = true) Role roleToRequest) {

        static MembershipView of(Membership m, Role granted, Role toRequest) {
            return new MembershipView(m.id, m.userId, m.team, m.function, m.startDate, m.endDate, granted, toRequest);
        }
    }

    @PUT
    @Operation(operationId = "putTeam", summary = "Create or update a team")
    @APIResponseSchema(value = TeamView.class, responseDescription = "Team updated")
    @APIResponse(responseCode = "201", description = "Team created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamView.class)))
    public RestResponse<TeamView> put(@PathParam("x90") @Pattern(regexp = X90.PATTERN) @Size(max = 32) String x90,
                                  @NotNull @Valid TeamRequest request) {
        TeamView team = new TeamView(x90, request.type(), request.agency());
        return memberships.putTeam(x90, request.type(), request.agency())
                ? RestResponse.status(RestResponse.Status.CREATED, team) : RestResponse.ok(team);
    }

    @POST
    @Path("/members")
    @ResponseStatus(201)
    @Operation(operationId = "addTeamMember",
            summary = "Add a member", description = "Publishes TeamMembershipChanged, and RoleGranted where the "
            + "grant rules give the role at once; otherwise names the role that must be requested.")
    @APIResponse(responseCode = "404", description = "No such team",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Already a member in that function",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = MembershipView.class,
            responseDescription = "The membership, with the role granted or still to request")
    public MembershipView join(@PathParam("x90") @Pattern(regexp = X90.PATTERN) @Size(max = 32) String x90,
                               @NotNull @Valid MemberRequest request) {
        MembershipService.Joined joined = memberships.join(x90, request.userId(), request.function(),
                request.startDate());
        return MembershipView.of(joined.membership(), joined.granted().orElse(null), joined.toRequest().orElse(null));
    }

    @DELETE
    @Path("/members/{userId}")
    @Operation(operationId = "endTeamMembership",
            summary = "End a member's membership; the roles resting on it are revoked (RoleRevoked)")
    @APIResponse(responseCode = "404", description = "No such team or member",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "200", description = "The ended memberships",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
            implementation = MembershipView.class)))
    public List<MembershipView> leave(@PathParam("x90") @Pattern(regexp = X90.PATTERN) @Size(max = 32) String x90,
                                      @PathParam("userId") @Size(max = 64) String userId,
                                      @QueryParam("endDate") @NotNull LocalDate endDate) {
        return memberships.leave(x90, userId, endDate).stream().map(m -> MembershipView.of(m, null, null)).toList();
    }
}
