package de.agency.integration.inga.rest;

import de.agency.integration.inga.note.NoteGuidanceConfig;
import de.agency.integration.inga.note.ProtectedNoteService;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
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
 * every other caller, admins included, gets 403, and every read, write and refusal is audited. Every answer that
 * shows the field links the directive's short guidance on it ({@code Link: <...>; rel="help"}, and {@code guidance}
 * in the body), so that a front-end can show it beside the field, also before a note is written.
 */
@Path("/enrollments/{id}/protected-note")
@Tag(name = "Protected note")
@SecurityRequirement(name = "keycloak")
@Authenticated
public class ProtectedNoteResource {

    private final ProtectedNoteService notes;
    private final URI guidance;

    ProtectedNoteResource(ProtectedNoteService notes, NoteGuidanceConfig guidance) {
        this.notes = notes;
        this.guidance = guidance.protectedNote().orElse(null);
    }

    @Schema(name = "ProtectedNoteText")
    public record NoteText(@Schema(description = "Especially sensitive aspects; encrypted at rest, never in events, "
            + "logs or reports") @NotNull @Size(max = 8000) String text) {
    }

    public record NoteView(String text, String writtenBy, OffsetDateTime writtenAt,
                           @Schema(nullable = true,
                                   description = "The directive's short guidance on the field (Kurzarbeitshilfe), "
                                           + "to show beside it; absent where none is configured", examples =
                                   "https://intranet.agency.example/inga/kurzarbeitshilfe-geschuetztes-textfeld")
                           URI guidance) {

        /** The note as the subject access exports it: without the link for the field's front-end. */
        static NoteView of(ProtectedNoteService.Note note) {
            return of(note, null);
        }

        static NoteView of(ProtectedNoteService.Note note, URI guidance) {
            return new NoteView(note.text(), note.writtenBy(), note.writtenAt(), guidance);
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
        return withGuidance(notes.read(id).map(note -> RestResponse.ResponseBuilder.ok(NoteView.of(note, guidance)))
                .orElseGet(RestResponse.ResponseBuilder::noContent));
    }

    @PUT
    @Operation(operationId = "writeProtectedNote",
            summary = "Write the protected note", description = "The Inga counsellor of the enrollment and "
            + "current deputies holding INTEGRATION_COUNSELLOR_SGB3 only.")
    @APIResponse(responseCode = "403", description = "Not allowed for this enrollment",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = NoteView.class, responseDescription = "The note as written (its text and version)")
    public RestResponse<NoteView> write(@PathParam("id") UUID id, @NotNull @Valid NoteText note) {
        return withGuidance(RestResponse.ResponseBuilder.ok(NoteView.of(notes.write(id, note.text()), guidance)));
    }

    private RestResponse<NoteView> withGuidance(RestResponse.ResponseBuilder<NoteView> answer) {
        return (guidance == null ? answer : answer.link(guidance, "help")).build();
    }
}
