package de.agency.integration.inga.service;

import de.agency.integration.inga.domain.DeputyReplica;
import de.agency.integration.inga.domain.Enrollment;
import de.agency.integration.inga.domain.RoleGrantReplica;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Object-level access to an enrollment, from the replicas of access-service's roles and deputies (DESIGN.md 1.2):
 * the Inga counsellor of the enrollment and his or her current deputies work on it, each only while holding
 * INTEGRATION_COUNSELLOR_SGB3; team leads holding INGA_ADDITIONAL_PERMISSION for the enrollment's team may read
 * the protected note. Nobody else, whatever other role (ACCESS_ADMIN included).
 */
@RequestScoped
public class EnrollmentAccess {

    private final SecurityIdentity identity;
    private final Clock clock;

    EnrollmentAccess(SecurityIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    public String caller() {
        return identity.getPrincipal().getName();
    }

    /** Record contacts, consents, the exit and the protected note. */
    public boolean mayWork(Enrollment enrollment) {
        String user = caller();
        boolean counsellorOrDeputy = user.equals(enrollment.ingaCounsellor)
                || DeputyReplica.standsIn(user, enrollment.ingaCounsellor, LocalDate.now(clock));
        return counsellorOrDeputy && RoleGrantReplica.holds(user, RoleGrantReplica.INTEGRATION_COUNSELLOR_SGB3);
    }

    /** Read the protected note: who may work on the enrollment, and the leads of its team with the permission. */
    public boolean mayReadNote(Enrollment enrollment) {
        return mayWork(enrollment) || RoleGrantReplica.holdsFor(caller(),
                RoleGrantReplica.INGA_ADDITIONAL_PERMISSION, enrollment.team);
    }

    public void requireWork(Enrollment enrollment) {
        if (!mayWork(enrollment)) {
            throw new ForbiddenException("Only the Inga counsellor of enrollment " + enrollment.id
                    + " and the counsellor's current deputies, holding INTEGRATION_COUNSELLOR_SGB3, may do this");
        }
    }
}
