package de.agency.integration.access.rest;

import de.agency.integration.access.domain.Certification;
import de.agency.integration.access.service.CertificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
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

/** Certifications of Inga counsellors (Zertifizierung Inga) in certification groups. */
@Path("/certifications")
@Tag(name = "Qualification")
@SecurityRequirement(name = "keycloak")
public class CertificationResource {

    /** A certification group's code, e.g. {@code ZG-2026-311-A}. */
    static final String GROUP_PATTERN = "[A-Z0-9][A-Z0-9-]{0,31}";

    private final CertificationService certifications;

    CertificationResource(CertificationService certifications) {
        this.certifications = certifications;
    }

    @Schema(name = "CertificationRecord")
    public record Record(@Schema(examples = "inga-counsellor") @NotBlank @Size(max = 64) String userId,
                         @Schema(description = "Certification group (Zertifizierungsgruppe)", examples = "ZG-2026-311-A")
                         @NotNull @Pattern(regexp = GROUP_PATTERN) String certificationGroup,
                         @Schema(examples = "2026-11-20") @NotNull LocalDate certifiedOn) {
    }

    public record CertificationView(UUID id, @Schema(examples = "inga-counsellor") String userId,
                                    @Schema(examples = "ZG-2026-311-A") String certificationGroup,
                                    LocalDate certifiedOn, @Schema(examples = "access-admin") String recordedBy,
                                    OffsetDateTime recordedAt) {

        static CertificationView of(Certification c) {
            return new CertificationView(c.id, c.userId, c.group, c.certifiedOn, c.recordedBy, c.recordedAt);
        }
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed("ACCESS_ADMIN")
    @Operation(operationId = "recordCertification", summary = "Record an Inga certification (IngaCertificationRecorded)",
            description = "Once per counsellor, for a counsellor of an INGA or MIXED team (422 NO_INGA_MEMBERSHIP), "
                    + "not before it took place (422 CERTIFIED_ON_NOT_IN_THE_FUTURE).")
    @APIResponse(responseCode = "409", description = "The user is certified already",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not an Inga counsellor, or a day still ahead",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponseSchema(value = CertificationView.class, responseDescription = "The certification")
    public CertificationView record(@NotNull @Valid Record record) {
        return CertificationView.of(certifications.record(record.userId(), record.certificationGroup(),
                record.certifiedOn()));
    }

    @GET
    @RolesAllowed({"COUNSELLOR", "INTEGRATION_COUNSELLOR_SGB3", "TEAM_LEAD", "ACCESS_ADMIN"})
    @Operation(operationId = "listCertifications",
            summary = "Certifications", description = "Access admins see all, everyone else his or her own.")
    public List<CertificationView> list(@QueryParam("group") @Pattern(regexp = GROUP_PATTERN) String group) {
        return certifications.list(group).stream().map(CertificationView::of).toList();
    }
}
