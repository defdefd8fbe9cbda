package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.ConsentType;
import de.agency.integration.inga.letter.ConsentLetterService;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An enrollment's consent letter (BK-Vorlage) as PDF. */
@Path("/enrollments/{id}/consent-letters")
@Tag(name = "Consent letters")
@SecurityRequirement(name = "keycloak")
public class ConsentLetterResource {

    static final String PDF = "application/pdf";

    private final ConsentLetterService letters;

    ConsentLetterResource(ConsentLetterService letters) {
        this.letters = letters;
    }

    @GET
    @Path("/{type}")
    @Produces(PDF)
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "TEAM_LEAD",
            DataProtectionOfficer.ROLE})
    @Operation(operationId = "printConsentLetter", summary = "The consent letter for the enrollment, as PDF",
            description = "Filled with the agency, the customer number and the day; the customer's name, the "
                    + "signature and (before the consent is recorded) the scope are blank lines. With consentId: the "
                    + "letter of that consent, on the template version it was signed on, with its scope and day. "
                    + "Read by those who read the enrollment's consents, and recorded as such a read.")
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response letter(@PathParam("id") UUID id, @PathParam("type") ConsentType type,
                           @Parameter(description = "A recorded consent of this type to print the letter of")
                           @QueryParam("consentId") UUID consentId) {
        return Response.ok(letters.letter(id, type, consentId), PDF)
                .header("Content-Disposition", "inline; filename=\"einwilligung-" + type.name().toLowerCase() + ".pdf\"")
                .build();
    }
}
