package de.agency.integration.inga.note;

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

    public boolean mayRead(Enrollment enrollment) {
        return mayWrite(enrollment) || RoleGrantReplica.holdsFor(caller(), RoleGrantReplica.INGA_ADDITIONAL_PERMISSION,
                enrollment.team);
    }
}
