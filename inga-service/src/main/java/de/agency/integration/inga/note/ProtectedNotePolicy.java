package de.agency.integration.inga.note;

import de.agency.integration.inga.domain.CaseReplica;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.RoleGrantReplica;
import de.agency.integration.inga.service.EnrollmentPolicy;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may write and read the protected note (geschütztes Textfeld) of an enrollment [directive, DESIGN.md 1.2]:
 * written by the enrollment's Inga counsellor and his or her current deputies holding INTEGRATION_COUNSELLOR_SGB3,
 * read also by the leads of the enrollment's team holding INGA_ADDITIONAL_PERMISSION for it; nobody else, not even
 * admins.
 */
@RequestScoped
public class ProtectedNotePolicy {

    private final EnrollmentPolicy enrollments;

    ProtectedNotePolicy(EnrollmentPolicy enrollments) {
        this.enrollments = enrollments;
    }

    public String caller() {
        return enrollments.caller();
    }

    public boolean mayWrite(Enrollment enrollment) {
        return enrollments.mayWork(enrollment);
    }

    /** While the case is restricted nobody reads the note here (the data protection officer's subject access does). */
    public boolean mayRead(Enrollment enrollment) {
        return !CaseReplica.isRestricted(enrollment.caseId) && (mayWrite(enrollment) || RoleGrantReplica.holdsFor(
                caller(), RoleGrantReplica.INGA_ADDITIONAL_PERMISSION, enrollment.team));
    }

    /** 412 if the request's If-Match names another version of the enrollment. */
    public void requireCurrent(Enrollment enrollment) {
        enrollments.requireCurrent(enrollment);
    }

    /** While the case is restricted the note cannot be changed (409). */
    public void requireNotRestricted(Enrollment enrollment) {
        enrollments.requireNotRestricted(enrollment);
    }
}
