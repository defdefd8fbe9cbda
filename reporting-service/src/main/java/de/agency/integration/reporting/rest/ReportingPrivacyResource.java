package de.agency.integration.reporting.rest;

import de.agency.integration.clock.AgencyClock;
import de.agency.integration.privacy.DataProtectionOfficer;
import de.agency.integration.reporting.domain.WorklistItem;
import de.agency.integration.reporting.domain.WorklistKind;
import de.agency.integration.reporting.service.ReportingPrivacy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subject access (Art. 15 GDPR) for the data protection officer: the facts reporting-service keeps of given cases. */
@Path("/privacy/customers/{customerNumber}")
@Tag(name = "Privacy")
@SecurityRequirement(name = "keycloak")
@RolesAllowed(DataProtectionOfficer.ROLE)
public class ReportingPrivacyResource {

    private final ReportingPrivacy privacy;
    private final AgencyClock clock;

    ReportingPrivacyResource(ReportingPrivacy privacy, AgencyClock clock) {
        this.privacy = privacy;
        this.clock = clock;
    }

    public record EnrollmentFactView(UUID enrollmentId, String agency, String team, String ingaCounsellor,
                                     LocalDate enrolledOn, LocalDate latestEndDate,
                                     @Schema(nullable = true) String exitReason,
                                     @Schema(nullable = true) LocalDate exitDate,
                                     @Schema(nullable = true) Integer monthsInInga) {
    }

    /** A due date of the case on the worklist, open or met. */
    public record WorklistItemView(WorklistKind kind, UUID subjectId, @Schema(nullable = true) UUID enrollmentId,
                                   LocalDate dueOn, @Schema(nullable = true) String owner, String team,
                                   @Schema(nullable = true) OffsetDateTime timerFiredAt, boolean done) {

        static WorklistItemView of(WorklistItem item) {
            return new WorklistItemView(item.kind, item.subjectId, item.enrollmentId, item.dueOn, item.owner, item.team,
                    item.timerFiredAt, item.done);
        }
    }

    public record CaseFactView(UUID caseId, String agency, String team, String legalDomain, OffsetDateTime openedAt,
                               @Schema(nullable = true) String profileCategory, boolean assessmentNote,
                               List<EnrollmentFactView> enrollments, List<WorklistItemView> worklist) {
    }

    @Schema(name = "ReportingServiceSubjectAccess")
    public record SubjectAccess(String customerNumber, String service, OffsetDateTime exportedAt, String holds,
                                List<CaseFactView> cases) {
    }

    @GET
    @Operation(operationId = "getReportingSubjectData",
            summary = "The facts reporting-service keeps of the customer's cases (Art. 15 GDPR)",
            description = "reporting-service keeps no customer numbers: pass the customer's case ids (caseId, from "
                    + "case-service's subject access). Recorded in the access log.")
    public SubjectAccess subjectAccess(@PathParam("customerNumber") @Pattern(regexp = "\\d{3}[A-Z]\\d{6}")
                                       String customerNumber,
                                       @QueryParam("caseId") @Size(max = 100) List<UUID> caseIds) {
        return new SubjectAccess(customerNumber, "reporting-service", clock.now(), "No customer numbers and no free "
                + "text; facts of cases and enrollments by id and the cases' due dates, as events told them", privacy.ofCases(caseIds).stream()
                .map(found -> new CaseFactView(found.kase().caseId, found.kase().agency, found.kase().team,
                        found.kase().legalDomain, found.kase().openedAt, found.kase().profileCategory,
                        found.kase().assessmentNote, found.enrollments().stream()
                        .map(e -> new EnrollmentFactView(e.enrollmentId, e.agency, e.team, e.ingaCounsellor,
                                e.enrolledOn, e.latestEndDate, e.exitReason, e.exitDate, e.monthsInInga)).toList(),
                        found.worklist().stream().map(WorklistItemView::of).toList()))
                .toList());
    }
}
