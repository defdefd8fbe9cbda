package de.agency.integration.access.rest;

import de.agency.integration.access.domain.ReflectionDay;
import de.agency.integration.access.domain.RequestStatus;
import de.agency.integration.access.service.ReflectionDayService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
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

/** Annual reflection days (Reflexionstage) of certification groups, proposed by members and decided by leads. */
@Path("/reflection-days")
@Tag(name = "Qualification")
@SecurityRequirement(name = "keycloak")
public class ReflectionDayResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReflectionDayService reflectionDays;

    ReflectionDayResource(ReflectionDayService reflectionDays) {
        this.reflectionDays = reflectionDays;
    }

    @Schema(name = "ReflectionDayProposal")
    public record Proposal(@Schema(examples = "ZG-2026-311-A") @NotNull
                           @Pattern(regexp = CertificationResource.GROUP_PATTERN) String certificationGroup,
                           @Schema(examples = "2027-03-17") @NotNull LocalDate plannedOn) {
    }

    public record ReflectionDayView(UUID id, @Schema(examples = "ZG-2026-311-A") String certificationGroup,
                                    LocalDate plannedOn, RequestStatus status,
                                    @Schema(examples = "inga-counsellor") String proposedBy, OffsetDateTime proposedAt,
                                    @Schema(nullable = true, description = "The lead who decided; null while REQUESTED",
                                            examples = "teamlead") String decidedBy,
                                    @Schema(nullable = true) OffsetDateTime decidedAt,
                                    @Schema(nullable = true, description = "Why it was rejected; null unless REJECTED",
                                            examples = "The week of the annual planning") String rejectReason) {

        static ReflectionDayView of(ReflectionDay d) {
            return new ReflectionDayView(d.id, d.group, d.plannedOn, d.status, d.proposedBy, d.proposedAt,
                    d.decidedBy, d.decidedAt, d.rejectReason);
        }
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
    @Operation(operationId = "proposeReflectionDay",
            summary = "Propose the group's reflection day (ReflectionDayProposed)",
            description = "By a counsellor certified in the group (else 403); one a year per group (409 while "
                    + "another of that year is pending or approved); not on a day past (422 PLANNED_ON_NOT_IN_THE_PAST).")
    @APIResponse(responseCode = "409", description = "The group has a reflection day in that year",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The day has passed", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = ReflectionDayView.class, responseDescription = "The proposal, REQUESTED")
    public ReflectionDayView propose(@NotNull @Valid Proposal proposal) {
        return ReflectionDayView.of(reflectionDays.propose(proposal.certificationGroup(), proposal.plannedOn()));
    }

    @GET
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3", "TEAM_LEAD", "INGA_ADDITIONAL_PERMISSION",
            "ACCESS_ADMIN"})
    @Operation(operationId = "listReflectionDays", summary = "Reflection days", description = "Those of the caller's "
            + "certification group and those proposed in the teams the caller leads; access admins see all.")
    public List<ReflectionDayView> list() {
        return reflectionDays.list().stream().map(ReflectionDayView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3", "TEAM_LEAD", "INGA_ADDITIONAL_PERMISSION",
            "ACCESS_ADMIN"})
    @Operation(operationId = "getReflectionDay", summary = "A reflection day",
            description = "For the group's members, leads of the proposer's team and access admins.")
    @APIResponse(responseCode = "404", description = "No such reflection day", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = ReflectionDayView.class, responseDescription = "The reflection day")
    public ReflectionDayView get(@PathParam("id") UUID id) {
        return ReflectionDayView.of(reflectionDays.get(id));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed("TEAM_LEAD")
    @Operation(operationId = "approveReflectionDay",
            summary = "Approve a proposed reflection day (ReflectionDayDecided)",
            description = "By a lead of the proposer's team, never the proposer (403); not once the day has passed.")
    @APIResponse(responseCode = "404", description = "No such reflection day", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The day has passed", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = ReflectionDayView.class, responseDescription = "The approved reflection day")
    public ReflectionDayView approve(@PathParam("id") UUID id) {
        return ReflectionDayView.of(reflectionDays.approve(id));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("TEAM_LEAD")
    @Operation(operationId = "rejectReflectionDay", summary = "Reject a proposed reflection day (ReflectionDayDecided)",
            description = "By a lead of the proposer's team, never the proposer (403). The year is free again.")
    @APIResponse(responseCode = "404", description = "No such reflection day", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = PROBLEM))
    @APIResponseSchema(value = ReflectionDayView.class, responseDescription = "The rejected reflection day")
    public ReflectionDayView reject(@PathParam("id") UUID id, @NotNull @Valid Rejection rejection) {
        return ReflectionDayView.of(reflectionDays.reject(id, rejection.reason()));
    }
}
