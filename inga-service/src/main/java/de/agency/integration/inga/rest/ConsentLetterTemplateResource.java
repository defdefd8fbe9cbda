package de.agency.integration.inga.rest;

import de.agency.integration.inga.domain.ConsentLetterTemplate;
import de.agency.integration.inga.domain.ConsentType;
import de.agency.integration.inga.letter.ConsentLetterService;
import de.agency.integration.inga.letter.ConsentLetterService.TemplateText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The versioned templates of the consent letters (BK-Vorlagen). */
@Path("/consent-letter-templates")
@Tag(name = "Consent letters")
@SecurityRequirement(name = "keycloak")
public class ConsentLetterTemplateResource {

    private final ConsentLetterService letters;

    ConsentLetterTemplateResource(ConsentLetterService letters) {
        this.letters = letters;
    }

    /** A version of a letter template, with the data-protection information the letter carries. */
    public record TemplateView(@Schema(examples = "VIDEO_AUDIO_RECORDING") ConsentType type,
                               @Schema(examples = "1") int version,
                               @Schema(examples = "Einwilligung in Video- oder Tonaufnahmen") String title,
                               String purpose,
                               @Schema(examples = "[\"Zweck der Aufnahme\", \"Aufbewahrung und Löschung der Aufnahme\"]")
                               List<String> scopeFields,
                               String voluntariness, String revocation, String controller,
                               @Schema(examples = "2026-01-01") LocalDate validFrom, OffsetDateTime createdAt) {

        static TemplateView of(ConsentLetterTemplate t) {
            return new TemplateView(t.consentType, t.version, t.title, t.purpose, t.scopeFieldList(), t.voluntariness,
                    t.revocation, t.controller, t.validFrom, t.createdAt);
        }
    }

    /** The texts of a new version; German, as the letter is. */
    public record TemplateRequest(@Schema(examples = "VIDEO_AUDIO_RECORDING") @NotNull ConsentType type,
                                  @Schema(examples = "Einwilligung in Video- oder Tonaufnahmen") @NotBlank @Size(max = 200)
                                  String title,
                                  @Schema(examples = "Im Bewerbungstraining werden Videoaufnahmen gemacht ...")
                                  @NotBlank @Size(max = 4000) String purpose,
                                  @Schema(examples = "[\"Zweck der Aufnahme\"]")
                                  @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 90) String> scopeFields,
                                  @Schema(examples = "Ihre Einwilligung ist freiwillig.")
                                  @NotBlank @Size(max = 4000) String voluntariness,
                                  @Schema(examples = "Sie können Ihre Einwilligung jederzeit widerrufen.")
                                  @NotBlank @Size(max = 4000) String revocation,
                                  @Schema(examples = "Verantwortlich ist die Agentur für Arbeit, die Sie betreut.")
                                  @NotBlank @Size(max = 4000) String controller,
                                  @Schema(description = "In force from this day on; today if left out",
                                          examples = "2027-01-01") LocalDate validFrom) {
    }

    @GET
    @RolesAllowed({"INTEGRATION_COUNSELLOR_SGB3", "INGA_ADDITIONAL_PERMISSION", "COUNSELLOR", "TEAM_LEAD",
            "ACCESS_ADMIN"})
    @Operation(operationId = "listConsentLetterTemplates", summary = "Every version of the consent letter templates")
    public List<TemplateView> templates() {
        return letters.catalogue().stream().map(TemplateView::of).toList();
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed("ACCESS_ADMIN")
    @Operation(operationId = "addConsentLetterTemplateVersion", summary = "Add the next version of a letter template",
            description = "The versions before it stay, for the consents signed on them. Text the letter's fonts "
                    + "cannot print is refused (422 LETTER_TEMPLATE_PRINTABLE).")
    public TemplateView addVersion(@NotNull @Valid TemplateRequest request) {
        return TemplateView.of(letters.addVersion(request.type(), new TemplateText(request.title(), request.purpose(),
                request.scopeFields(), request.voluntariness(), request.revocation(), request.controller(),
                request.validFrom())));
    }
}
