package de.agency.integration.cases.rest;

import de.agency.integration.cases.domain.CounsellingNote;
import de.agency.integration.cases.service.NoteService;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
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

/** Counselling notes: append-only, so there is no update or delete. */
@Path("/cases/{id}/notes")
@Tag(name = "Counselling notes", description = "Beratungsvermerke")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = "application/problem+json"))
public class NoteResource {

    private final NoteService notes;

    NoteResource(NoteService notes) {
        this.notes = notes;
    }

    public record NoteView(UUID id, String type, String author, OffsetDateTime recordedAt, String text) {

        static NoteView of(CounsellingNote note) {
            return new NoteView(note.id, note.type, note.author, note.recordedAt, note.text);
        }
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3"})
    @Operation(operationId = "recordNote",
            summary = "Append a counselling note; publishes CounsellingNoteRecorded (type only)")
    @APIResponse(responseCode = "422", description = "Unknown note type", content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = NoteView.class, responseDescription = "The recorded note")
    public NoteView record(@PathParam("id") UUID id, @NotNull @Valid Requests.Note request) {
        return NoteView.of(notes.record(id, request.type(), request.text()));
    }

    @GET
    @RolesAllowed({"COUNSELLOR", "TEAM_LEAD", "INTEGRATION_COUNSELLOR_SGB3", DataProtectionOfficer.ROLE})
    @Operation(operationId = "listNotes", summary = "The counselling notes of a case, oldest first")
    @APIResponse(responseCode = "200", description = "The notes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NoteView.class)))
    public List<NoteView> list(@PathParam("id") UUID id) {
        return notes.of(id).stream().map(NoteView::of).toList();
    }
}
