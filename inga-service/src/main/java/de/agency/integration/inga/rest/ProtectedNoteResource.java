package de.agency.integration.inga.rest;

import de.agency.integration.inga.note.ProtectedNoteService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The protected note (geschütztes Textfeld) of an enrollment. Access is decided per enrollment, not by role alone:
 * every other caller, admins included, gets 403, and every read, write and refusal is audited.
 */
@Path("/enrollments/{id}/protected-note")
@Tag(name = "Protected note")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class ProtectedNoteResource {

    private final ProtectedNoteService notes;

    ProtectedNoteResource(ProtectedNoteService notes) {
        this.notes = notes;
    }

    @Schema(name = "ProtectedNoteText")
    public record NoteText(@Schema(description = "Especially sensitive aspects; encrypted at rest, never in events, "
            + "logs or reports") @NotNull @Size(max = 8000) String text) {
    }

    public record NoteView(String text, String writtenBy, OffsetDateTime writtenAt) {

        static NoteView of(ProtectedNoteService.Note note) {
            return new NoteView(note.text(), note.writtenBy(), note.writtenAt());
        }
    }

    @GET
    @Operation(operationId = "readProtectedNote",
            summary = "Read the protected note", description = "The Inga counsellor of the enrollment and "
            + "current deputies holding INTEGRATION_COUNSELLOR_SGB3; leads of the enrollment's team holding "
            + "INGA_ADDITIONAL_PERMISSION. 204 if none was written yet.")
    @APIResponse(responseCode = "204", description = "No note yet")
    @APIResponse(responseCode = "403", description = "Not allowed for this enrollment",
            content = @Content(mediaType = "application/problem+json"))
    public RestResponse<NoteView> read(@PathParam("id") UUID id) {
        return notes.read(id).map(note -> RestResponse.ok(NoteView.of(note))).orElseGet(RestResponse::noContent);
    }

    @PUT
    @Operation(operationId = "writeProtectedNote",
            summary = "Write the protected note", description = "The Inga counsellor of the enrollment and "
            + "current deputies holding INTEGRATION_COUNSELLOR_SGB3 only.")
    @APIResponse(responseCode = "403", description = "Not allowed for this enrollment",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = NoteView.class, responseDescription = "The note as written (its text and version)")
    public NoteView write(@PathParam("id") UUID id, @NotNull @Valid NoteText note) {
        return NoteView.of(notes.write(id, note.text()));
    }
}
