package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.SignedOriginal;
import de.agency.integration.inga.letter.SignedOriginalConfig;
import de.agency.integration.inga.letter.SignedOriginalFormat;
import de.agency.integration.inga.letter.SignedOriginalService;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The signed original of a consent: the letter as the customer signed it, scanned or as PDF, kept encrypted. */
@Path("/enrollments/{id}/consents/{consentId}/signed-original")
@Tag(name = "Consent letters")
@SecurityRequirement(name = "keycloak")
public class SignedOriginalResource {

    private static final String PDF = "application/pdf";
    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";

    private final SignedOriginalService originals;
    private final SignedOriginalConfig config;

    SignedOriginalResource(SignedOriginalService originals, SignedOriginalConfig config) {
        this.originals = originals;
        this.config = config;
    }

    /** A kept original; its content only in the subject access. */
    public record OriginalView(UUID consentId, @Schema(examples = "application/pdf") String mediaType, int sizeBytes,
                               String uploadedBy, OffsetDateTime uploadedAt,
                               @Schema(nullable = true, type = SchemaType.STRING, format = "byte",
                                       description = "Base64; in the subject access only", examples = "JVBERi0xLjcK")
                               byte[] content) {

        static OriginalView of(SignedOriginal original) {
            return new OriginalView(original.consentId, original.mediaType, original.sizeBytes, original.uploadedBy,
                    original.uploadedAt, null);
        }

        static OriginalView withContent(SignedOriginalService.Document document) {
            SignedOriginal original = document.original();
            return new OriginalView(original.consentId, original.mediaType, original.sizeBytes, original.uploadedBy,
                    original.uploadedAt, document.content());
        }
    }

    @POST
    @Consumes({PDF, PNG, JPEG})
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @RolesAllowed("INTEGRATION_COUNSELLOR_SGB3")
    @Operation(operationId = "uploadSignedOriginal", summary = "Keep the signed original of a consent",
            description = "A PDF or a PNG/JPEG scan, encrypted at rest, kept once (409 after), also when the consent "
                    + "is revoked. Refused without storing anything: larger than inga.signed-original.max-size "
                    + "(413), another type than declared or than its bytes show (415), the consent of another "
                    + "enrollment (422 CONSENT_OF_THIS_ENROLLMENT).")
    @RequestBody(content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponseSchema(value = OriginalView.class, responseCode = "201", responseDescription = "The original, kept")
    @APIResponse(responseCode = "413", description = "Larger than kept",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Not a PDF, PNG or JPEG, or not what was declared",
            content = @Content(mediaType = "application/problem+json"))
    public OriginalView upload(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        long max = config.maxSize().asLongValue();
        if (content.length > max) {
            throw new WebApplicationException("The signed original has " + content.length + " bytes; at most " + max
                    + " are kept", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        SignedOriginalFormat declared = SignedOriginalFormat.ofMediaType(contentType.split(";")[0].trim())
                .orElseThrow(() -> new NotSupportedException("A signed original is a PDF, PNG or JPEG"));
        if (SignedOriginalFormat.ofContent(content).filter(declared::equals).isEmpty()) {
            throw new NotSupportedException("The bytes are not a " + declared.mediaType + " as declared");
        }
        return OriginalView.of(originals.upload(id, consentId, declared, content));
    }

    @GET
    @Produces({PDF, PNG, JPEG})
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "TEAM_LEAD",
            DataProtectionOfficer.ROLE})
    @Operation(operationId = "getSignedOriginal", summary = "The signed original of a consent, as uploaded",
            description = "Read by those who read the enrollment's consents, and recorded as such a read.")
    @APIResponse(responseCode = "200", description = "The original", content = {
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response read(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId) {
        SignedOriginalService.Document document = originals.read(id, consentId);
        return Response.ok(document.content(), document.original().mediaType)
                .header("Content-Disposition", "attachment; filename=\"einwilligung-" + consentId + "\"").build();
    }
}
