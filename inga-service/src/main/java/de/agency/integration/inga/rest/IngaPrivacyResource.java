package de.agency.integration.inga.rest;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.inga.domain.NoteAccess;
import de.agency.integration.inga.privacy.IngaPrivacy;
import de.agency.integration.privacy.DataProtectionOfficer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subject access (Art. 15 GDPR) for the data protection officer: all inga-service holds about one customer. */
@Path("/privacy/customers/{customerNumber}")
@Tag(name = "Privacy")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(DataProtectionOfficer.ROLE)
public class IngaPrivacyResource {

    private final IngaPrivacy privacy;
    private final AgencyClock clock;

    IngaPrivacyResource(IngaPrivacy privacy, AgencyClock clock) {
        this.privacy = privacy;
        this.clock = clock;
    }

    public record AuditView(String userId, NoteAccess.Action action, OffsetDateTime at) {
    }

    public record EnrollmentRecord(EnrollmentResource.EnrollmentView enrollment,
                                   @Schema(nullable = true) String exitJustification,
                                   @Schema(nullable = true) Boolean portfolioExhausted,
                                   List<EnrollmentResource.ContactView> contacts,
                                   List<EnrollmentResource.ConsentView> consents,
                                   @Schema(nullable = true) ProtectedNoteResource.NoteView protectedNote,
                                   List<AuditView> protectedNoteAudit,
                                   List<FirstMeetingResource.FirstMeetingView> firstMeetings,
                                   List<SignedOriginalResource.OriginalView> signedOriginals) {
    }

    @Schema(name = "IngaServiceSubjectAccess")
    public record SubjectAccess(String customerNumber, String service, OffsetDateTime exportedAt,
                                List<EnrollmentRecord> enrollments, List<ReferralResource.ReferralView> referrals) {
    }

    @GET
    @Operation(operationId = "getIngaSubjectData",
            summary = "Everything inga-service holds about one customer (Art. 15 GDPR), as one document",
            description = "Enrollments with exit data, contacts, consents with their signed originals (Base64), first "
                    + "meetings, the protected note decrypted "
                    + "and its audit; the referrals of the customer's cases. "
                    + "Recorded in the access log, the note's reading in its audit.")
    public SubjectAccess subjectAccess(@PathParam("customerNumber") @Pattern(regexp = "\\d{3}[A-Z]\\d{6}")
                                       String customerNumber) {
        return new SubjectAccess(customerNumber, "inga-service", clock.now(), privacy.subjectAccess(customerNumber)
                .stream().map(found -> new EnrollmentRecord(EnrollmentResource.view(found.enrollment()),
                        found.enrollment().enrollment().exitJustification,
                        found.enrollment().enrollment().portfolioExhausted,
                        found.contacts().stream().map(EnrollmentResource.ContactView::of).toList(),
                        found.consents().stream().map(EnrollmentResource.ConsentView::of).toList(),
                        found.protectedNote() == null ? null : ProtectedNoteResource.NoteView.of(found.protectedNote()),
                        found.noteAudit().stream().map(a -> new AuditView(a.userId, a.action, a.at)).toList(),
                        found.firstMeetings().stream().map(FirstMeetingResource.FirstMeetingView::of).toList(),
                        found.signedOriginals().stream().map(SignedOriginalResource.OriginalView::withContent)
                                .toList()))
                .toList(), privacy.referrals(customerNumber).stream().map(ReferralResource.ReferralView::of).toList());
    }
}
