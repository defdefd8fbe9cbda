package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.Referral;
import de.agency.integration.inga.domain.ReferralStatus;
import de.agency.integration.inga.service.ReferralService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

/**
 * Referrals (Zuweisungen) of cases to Inga teams: the case's counsellor refers, an Inga counsellor of the receiving
 * team accepts (the enrollment starts) or declines with a reason.
 */
@Path("/referrals")
@Tag(name = "Referrals", description = "Zuweisung to an Inga team and its decision")
@SecurityRequirement(name = "keycloak")
public class ReferralResource {

    private static final String SGB3 = "INTEGRATION_COUNSELLOR_SGB3";

    private final ReferralService referrals;

    ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Schema(name = "ReferralRequest")
    public record ReferralRequest(@Schema(examples = "6f1c1c4e-8d0a-4f57-9a43-2f8d6f1b9c11") @NotNull UUID caseId,
                                  @Schema(description = "The receiving Inga team (X90)", examples = "X90-311-INGA1")
                                  @NotBlank @Size(max = 32) String team,
                                  @Schema(description = "Circumstances from GET /exclusion-criteria that apply")
                                  @Size(max = 20) Set<@NotBlank @Size(max = 64) String> circumstances) {
    }

    @Schema(name = "AcceptRequest")
    public record AcceptRequest(@Schema(description = "The Inga counsellor of the receiving team to work the "
            + "enrollment; the caller if left out",
            examples = "inga-counsellor") @Size(max = 64) String ingaCounsellor) {
    }

    @Schema(name = "DeclineRequest")
    public record DeclineRequest(@Schema(description = "From GET /referral-decline-reasons",
                                 examples = "TEAM_AT_CAPACITY")
                                 @NotBlank @Size(max = 64) String reason,
                                 @Schema(description = "The team's explanation; stays in inga-service, never in events "
                                         + "(required for OTHER)") @Size(max = 4000) String note) {
    }

    /** A referral; the decline note is shown to those who may read the referral. */
    public record ReferralView(UUID id, UUID caseId, String agency, String fromTeam, String toTeam, String referredBy,
                               LocalDate referredOn, ReferralStatus status, @Schema(nullable = true) String decidedBy,
                               @Schema(nullable = true) LocalDate decidedOn,
                               @Schema(nullable = true) String declineReason,
                               @Schema(nullable = true) String declineNote,
                               @Schema(nullable = true) UUID enrollmentId) {

        static ReferralView of(Referral r) {
            return new ReferralView(r.id, r.caseId, r.agency, r.fromTeam, r.toTeam, r.referredBy, r.referredOn,
                    r.status, r.decidedBy, r.decidedOn, r.declineReason, r.declineNote, r.enrollmentId);
        }
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed("COUNSELLOR")
    @Operation(operationId = "referCase", summary = "Refer a case to an Inga team (IngaReferred)",
            description = "By a counsellor of the case's team. The eligibility rules of an enrollment apply (422 "
                    + "naming the rule), and INGA_TEAM_REQUIRED, ONE_OPEN_REFERRAL_PER_CASE.")
    @APIResponse(responseCode = "422", description = "An eligibility rule is not met")
    @APIResponse(responseCode = "201", description = "Case referred", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public ReferralView refer(@NotNull @Valid ReferralRequest request) {
        return ReferralView.of(referrals.refer(request.caseId(), request.team(),
                request.circumstances() == null ? Set.of() : request.circumstances()));
    }

    @GET
    @RolesAllowed({"COUNSELLOR", SGB3, "TEAM_LEAD"})
    @Operation(operationId = "searchReferrals", summary = "Referrals, newest first (at most 500)",
            description = "Those the caller referred, and those to a team the caller is an Inga counsellor in or leads.")
    @APIResponse(responseCode = "200", description = "The referrals the caller may read", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
            implementation = ReferralView.class)))
    public List<ReferralView> search(@QueryParam("team") @Size(max = 32) String team,
                                     @QueryParam("status") ReferralStatus status) {
        return referrals.search(team, status).stream().map(ReferralView::of).toList();
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(SGB3)
    @Operation(operationId = "acceptReferral", summary = "Accept a referral: the enrollment starts (InsetEnrolled)",
            description = "By an Inga counsellor of the receiving team.")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "Decided already, or the case is restricted")
    @APIResponse(responseCode = "422", description = "An eligibility rule is no longer met")
    @APIResponseSchema(value = ReferralView.class, responseDescription = "The accepted referral with its enrollment")
    public ReferralView accept(@PathParam("id") UUID id, @Valid AcceptRequest request) {
        return ReferralView.of(referrals.accept(id, request == null ? null : request.ingaCounsellor()));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(SGB3)
    @Operation(operationId = "declineReferral", summary = "Decline a referral with a reason (IngaReferralDeclined)",
            description = "By an Inga counsellor of the receiving team; the note stays here.")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "Decided already, or the case is restricted")
    @APIResponse(responseCode = "422", description = "A reason not in the catalogue, or OTHER without a note")
    @APIResponseSchema(value = ReferralView.class, responseDescription = "The declined referral")
    public ReferralView decline(@PathParam("id") UUID id, @NotNull @Valid DeclineRequest request) {
        return ReferralView.of(referrals.decline(id, request.reason(), request.note()));
    }
}
