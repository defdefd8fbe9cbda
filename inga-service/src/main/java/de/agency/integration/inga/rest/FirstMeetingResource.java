package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.FirstMeeting;
import de.agency.integration.inga.service.FirstMeetingService;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The first meeting (Erstgespräch) of an enrollment and the working days since the acceptance. */
@Path("/enrollments/{id}/first-meeting")
@Tag(name = "Enrollments")
@SecurityRequirement(name = "keycloak")
public class FirstMeetingResource {

    private final FirstMeetingService meetings;

    FirstMeetingResource(FirstMeetingService meetings) {
        this.meetings = meetings;
    }

    @Schema(name = "FirstMeetingRequest")
    public record FirstMeetingRequest(@Schema(examples = "2026-11-20") @NotNull LocalDate heldOn,
                                      @Schema(description = "Why the day recorded before is corrected; required for a "
                                              + "correction") @Size(max = 500) String correctionNote) {
    }

    public record FirstMeetingView(UUID id, LocalDate heldOn,
                                   @Schema(description = "Working days from the acceptance to the meeting, without "
                                           + "weekends and the public holidays of the agency's federal state")
                                   int workingDaysSinceAcceptance, String recordedBy, OffsetDateTime recordedAt,
                                   @Schema(nullable = true) String correctionNote,
                                   @Schema(nullable = true, description = "The record that corrected this one")
                                   UUID supersededBy) {

        static FirstMeetingView of(FirstMeeting m) {
            return new FirstMeetingView(m.id, m.heldOn, m.workingDays, m.recordedBy, m.recordedAt, m.correctionNote,
                    m.supersededBy);
        }
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed("INTEGRATION_COUNSELLOR_SGB3")
    @Operation(operationId = "recordFirstMeeting", summary = "Record the first meeting (IngaFirstMeetingHeld)",
            description = "Once; a correction names its reason in correctionNote and supersedes the record, which "
                    + "stays as history. The day lies between the acceptance and today (422 otherwise).")
    @APIResponse(responseCode = "404", description = "No such enrollment")
    @APIResponse(responseCode = "409", description = "Recorded already (without correctionNote), or the case is "
            + "restricted")
    @APIResponse(responseCode = "422", description = "A day outside the enrollment")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FirstMeetingView.class)))
    public FirstMeetingView record(@PathParam("id") UUID id, @NotNull @Valid FirstMeetingRequest request) {
        return FirstMeetingView.of(meetings.record(id, request.heldOn(), request.correctionNote()));
    }

    @GET
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "TEAM_LEAD",
            DataProtectionOfficer.ROLE})
    @Operation(operationId = "getFirstMeetingHistory", summary = "The first meeting and the records it corrected")
    @APIResponse(responseCode = "404", description = "No such enrollment")
    @APIResponse(responseCode = "200", description = "The current record first; empty before the meeting", content =
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
            implementation = FirstMeetingView.class)))
    public List<FirstMeetingView> history(@PathParam("id") UUID id) {
        return meetings.history(id).stream().map(FirstMeetingView::of).toList();
    }
}
